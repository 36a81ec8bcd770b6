using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// A news sentence made of a direct quote and the clause that reports it ("Q," X told Y. /
/// X said: "Q."), cut into its parts. The parser, trained on web English, loses its way in such
/// long sentences; each part parsed alone and joined again (the quote as the reporting verb's
/// complement) gives far better trees.
/// </summary>
internal readonly record struct QuoteSplit(int QuoteStart, int QuoteEnd, int ReportStart, int ReportEnd)
{
    /// <summary>Longest reporting clause taken as one; a longer stretch is more than an attribution.</summary>
    private const int MaxReportTokens = 30;

    /// <summary>Longest "..., X said." tail taken as an attribution.</summary>
    private const int MaxTrailingTokens = 12;

    /// <summary>The quote and the reporting clause of <paramref name="sentence"/>, or null when it is not such a sentence.</summary>
    public static QuoteSplit? Find(AnalysisContext context, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        if (end - first < 6)
        {
            return null;
        }

        // "Q," X said.
        if (IsOpening(context, first))
        {
            for (var c = first + 3; c < end - 2; c++)
            {
                if (IsClosing(context, c) && context.TokenText(c - 1) is "," or "?" or "!")
                {
                    var reportEnd = end;
                    return reportEnd - (c + 1) <= MaxReportTokens && HasVerb(context, c + 1, reportEnd)
                        ? new QuoteSplit(first + 1, context.TokenText(c - 1) is "," ? c - 1 : c, c + 1, reportEnd)
                        : null;
                }

                if (IsOpening(context, c) || IsClosing(context, c))
                {
                    return null;
                }
            }

            return null;
        }

        // X said: "Q." / X said, "Q."
        for (var o = first + 2; o < Math.Min(end - 3, first + MaxReportTokens); o++)
        {
            if (!IsOpening(context, o))
            {
                continue;
            }

            if (context.TokenText(o - 1) is not ("," or ":") || !HasVerb(context, first, o - 1))
            {
                return null;
            }

            var close = end - 1;
            while (close > o && !IsClosing(context, close))
            {
                close--;
            }

            // The quote must run to the end of the sentence, give or take its full stop.
            if (close <= o + 2 || close < end - 2)
            {
                return null;
            }

            for (var k = o + 1; k < close; k++)
            {
                if (IsOpening(context, k) || IsClosing(context, k))
                {
                    return null;
                }
            }

            return new QuoteSplit(o + 1, close, first, o - 1);
        }

        return Trailing(context, first, end);
    }

    /// <summary>"S, an Israeli general said.": reported speech without quotes, the speaker last.</summary>
    private static QuoteSplit? Trailing(AnalysisContext context, int first, int end)
    {
        for (var c = end - 2; c > first + 3 && c >= end - MaxTrailingTokens; c--)
        {
            var w = context.TokenText(c);
            if (w is ";" or ":" || IsOpening(context, c) || IsClosing(context, c))
            {
                return null;
            }

            if (w is not ",")
            {
                continue;
            }

            for (var k = c + 1; k < end; k++)
            {
                if (ReportingVerbs.Forms.ContainsKey(context.TokenText(k)) && context.Annotations.Upos[k] == UposTags.Verb)
                {
                    return HasVerb(context, first, c) ? new QuoteSplit(first, c, c + 1, end) : null;
                }
            }

            return null;
        }

        return null;
    }

    private static bool IsOpening(AnalysisContext context, int t) => context.TokenText(t) is "\"" or "“" or "``";

    private static bool IsClosing(AnalysisContext context, int t) => context.TokenText(t) is "\"" or "”" or "''";

    private static bool HasVerb(AnalysisContext context, int from, int to)
    {
        var upos = context.Annotations.Upos;
        for (var t = from; t < to; t++)
        {
            if (upos[t] == UposTags.Verb)
            {
                return true;
            }
        }

        return false;
    }
}
