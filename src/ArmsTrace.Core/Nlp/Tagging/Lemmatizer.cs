using System.Buffers;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Lemmatiser learnt from a treebank: an exact (word, XPOS) lookup for words seen in training,
/// then suffix rewrite rules (strip k characters, append a string) keyed by XPOS and the longest
/// matching suffix, which covers regular inflection of unseen words.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 5;
    private const char Separator = '\u0001';

    private readonly Dictionary<string, string> _lemmas;
    private readonly Dictionary<string, (int Strip, string Append)> _rules;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lemmaLookup;
    private readonly Dictionary<string, (int Strip, string Append)>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;

    public Lemmatizer(Dictionary<string, string> lemmas, Dictionary<string, (int Strip, string Append)> rules)
    {
        _lemmas = lemmas;
        _rules = rules;
        _lemmaLookup = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int EntryCount => _lemmas.Count;

    public int RuleCount => _rules.Count;

    /// <summary>Proper nouns keep their case in UD lemmas; everything else is looked up lower-cased.</summary>
    public static bool KeepsCase(string xpos) => xpos is XposTags.Nnp or XposTags.Nnps;

    public static string LookupKey(ReadOnlySpan<char> word, string xpos)
    {
        var buffer = new char[word.Length + 1 + xpos.Length];
        var n = WriteKey(word, xpos, buffer);
        return new string(buffer, 0, n);
    }

    public static string RuleKey(ReadOnlySpan<char> suffix, string xpos) => string.Concat(xpos, "\u0001", suffix);

    public string Lemmatize(ReadOnlySpan<char> word, string xpos)
    {
        var length = word.Length + 1 + xpos.Length + MaxSuffix;
        char[]? rented = null;
        var buffer = length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var n = WriteKey(word, xpos, buffer);
            if (_lemmaLookup.TryGetValue(buffer[..n], out var lemma))
            {
                return lemma;
            }

            var form = buffer[..word.Length];
            var ruleKey = buffer[word.Length..];
            xpos.AsSpan().CopyTo(ruleKey);
            ruleKey[xpos.Length] = Separator;
            for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
            {
                var suffix = form[^k..];
                var key = ruleKey[..(xpos.Length + 1 + k)];
                suffix.CopyTo(key[(xpos.Length + 1)..]);
                if (_ruleLookup.TryGetValue(key, out var rule) && rule.Strip <= form.Length)
                {
                    return string.Concat(form[..^rule.Strip], rule.Append);
                }
            }

            return new string(form);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int WriteKey(ReadOnlySpan<char> word, string xpos, Span<char> buffer)
    {
        if (KeepsCase(xpos))
        {
            word.CopyTo(buffer);
        }
        else
        {
            word.ToLowerInvariant(buffer);
        }

        buffer[word.Length] = Separator;
        xpos.AsSpan().CopyTo(buffer[(word.Length + 1)..]);
        return word.Length + 1 + xpos.Length;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_lemmas.Count);
        foreach (var (k, v) in _lemmas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(k);
            writer.Write(v);
        }

        writer.Write(_rules.Count);
        foreach (var (k, v) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(k);
            writer.Write((byte)v.Strip);
            writer.Write(v.Append);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var lemmas = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var k = reader.ReadString();
            lemmas[k] = reader.ReadString();
        }

        var m = reader.ReadInt32();
        var rules = new Dictionary<string, (int, string)>(m, StringComparer.Ordinal);
        for (var i = 0; i < m; i++)
        {
            var k = reader.ReadString();
            var strip = reader.ReadByte();
            rules[k] = (strip, reader.ReadString());
        }

        return new Lemmatizer(lemmas, rules);
    }
}
