using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>Stance cues (lexicons/stance-cues.txt) looked for as token sequences in a sentence.</summary>
internal sealed class StanceCues
{
    private readonly (string[] Words, Stance Stance)[] _cues;

    public StanceCues()
    {
        _cues = [.. Lexicon.Lines("stance-cues.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (p[0].Split(' '), ClaimNames.ParseStance(p[1]) ?? throw new FormatException($"stance-cues: unknown stance '{p[1]}'")))
            .OrderByDescending(c => c.Item1.Length)];
    }

    /// <summary>The strongest cue between <paramref name="from"/> and <paramref name="to"/>, leaving out cues that start at a token <paramref name="skip"/> rejects.</summary>
    public Stance? Find(SentenceScope s, int from, int to, Func<int, bool> skip)
    {
        Stance? best = null;
        for (var i = from; i < to; i++)
        {
            if (skip(i))
            {
                continue;
            }

            foreach (var (words, stance) in _cues)
            {
                if (Matches(s, i, words) && (best is null || Strength(stance) > Strength(best.Value)))
                {
                    best = stance;
                }
            }
        }

        return best;
    }

    private static bool Matches(SentenceScope s, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!s.Word(at + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static int Strength(Stance s) => s switch
    {
        Stance.Denied => 5,
        Stance.Unconfirmed => 4,
        Stance.Possible or Stance.Intended => 3,
        Stance.Alleged or Stance.Reported => 2,
        _ => 1,
    };
}
