namespace ArmsTrace.Core.Matching;

/// <summary>
/// A consonant skeleton of one folded word, so that transliterations of a Persian or Arabic name
/// agree: vowels are what romanisations disagree on most (Esmail/Ismail, Quds/Qods, -ollah/-allah),
/// and the digraphs gh/q, kh/x, ph/f, w/v spell the same sound.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Writes the key of <paramref name="word"/> (lower case, folded) and returns its length; numbers stay as they are.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        if (word.IsEmpty)
        {
            return 0;
        }

        if (char.IsDigit(word[0]))
        {
            destination[n++] = '#';
            foreach (var c in word)
            {
                destination[n++] = c;
            }

            return n;
        }

        var last = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char k;
            if (IsVowel(c) && !(c == 'y' && i == 0))
            {
                if (i != 0)
                {
                    // Vowels within the word carry no identity across transliterations.
                    last = '\0';
                    continue;
                }

                k = 'a';
            }
            else
            {
                switch (c)
                {
                    case 'g' when next == 'h':
                        k = 'q';
                        i++;
                        break;
                    case 'k' when next == 'h':
                        k = 'x';
                        i++;
                        break;
                    case 'p' when next == 'h':
                        k = 'f';
                        i++;
                        break;
                    case 'd' when next == 'h':
                        k = 'z';
                        i++;
                        break;
                    case 's' when next == 'h':
                        k = 'S';
                        i++;
                        break;
                    case 'c' when next == 'h':
                        k = 'C';
                        i++;
                        break;
                    case 'z' when next == 'h':
                        k = 'j';
                        i++;
                        break;
                    case 'c' when next == 'k':
                        k = 'k';
                        i++;
                        break;
                    case 'c':
                        k = 'k';
                        break;
                    case 'w':
                        k = 'v';
                        break;
                    case 'h' when i == word.Length - 1 && i > 0:
                        continue;
                    default:
                        k = c;
                        break;
                }
            }

            if (k == last)
            {
                continue;
            }

            destination[n++] = k;
            last = k;
        }

        return n;
    }

    public static string Of(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        return new string(buffer[..Write(word, buffer)]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
