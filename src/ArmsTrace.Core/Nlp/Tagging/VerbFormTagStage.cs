using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Corrects third-person verbs the tagger read as nouns: web English rarely has "Tehran designs,
/// funds and ships these weapons", and a parse built on noun tags loses the claim. A form that is
/// never a noun ("alleges", lexicons/verb-only-forms.txt) becomes a verb anywhere; a form that
/// may be a noun ("ships", a claim trigger's third-person form) becomes a verb right after a name
/// that can be its subject, unless a preposition follows it ("sanctions against"), and so do the
/// verbs coordinated with it.
/// </summary>
internal sealed class VerbFormTagStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech, Layer.Mentions];
    private static readonly Layer[] AmendsLayers = [Layer.PartsOfSpeech];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbOnly =
        Lexicon.Words("verb-only-forms.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbForms = Lexicon.Lines("triggers.txt")
        .Select(line => line.Split('\t'))
        .Where(f => f.Length >= 3 && f[1] != "noun")
        .SelectMany(f => f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Concat(ReportingVerbs.Stances.Keys)
        .Where(w => w.EndsWith('s'))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _controlVerbs =
        Lexicon.Words("control-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _claimVerbs = Lexicon.Lines("claim-patterns.txt")
        .Select(line => line.Split('\t'))
        .Where(f => f.Length >= 3 && f[1] == "verb")
        .SelectMany(f => f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "verb-forms/2";

    /// <summary>"the Security Council sanctions against Iran": a noun takes a preposition where a verb takes its object.</summary>
    private static bool BeforePreposition(AnalysisContext context, int t, int end) =>
        t + 1 < end && context.Annotations.Upos[t + 1] is UposTags.Adp or UposTags.Part or UposTags.Verb or UposTags.Aux;

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends => AmendsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjectEnds = new HashSet<int>();
        foreach (var m in context.Mentions)
        {
            if (m.Kind != MentionKind.Demonym && EntityKinds.IsActor(m.Type))
            {
                subjectEnds.Add(m.EndToken);
            }
        }

        // "the accusation that it arms the Houthis": a subject pronoun before the form works as a name does.
        for (var t = 0; t + 1 < context.Tokens.Count; t++)
        {
            if (context.TokenText(t) is "it" or "It" or "he" or "He" or "she" or "She")
            {
                subjectEnds.Add(t + 1);
            }
        }

        var a = context.Annotations;
        foreach (var sentence in context.Sentences)
        {
            var titleCase = TitleCase.Is(context.Clean.Value, context.Tokens, sentence);
            var inVerbList = false;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = context.TokenText(t);
                if (inVerbList && (word is "," || word.Equals("and", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                // In a title-cased headline ("US Sanctions Chinese Firms") verbs are capitalised too.
                var shape = context.Tokens[t].Shape;
                var noun = (a.Upos[t] == UposTags.Noun && shape == TokenShape.Lower) || (titleCase && a.Upos[t] is UposTags.Noun or UposTags.Propn && shape == TokenShape.Capitalized && t > sentence.FirstToken);
                var retag = noun && (_verbOnly.Contains(word)
                    || (_verbForms.Contains(word) && (subjectEnds.Contains(t) || inVerbList) && !BeforePreposition(context, t, sentence.EndToken)));
                if (retag)
                {
                    a.Upos[t] = UposTags.Verb;
                    a.Xpos[t] = XposTags.Vbz;
                }
                else if (a.Upos[t] == UposTags.Verb && !a.Xpos[t].StartsWith(XposTags.Vb, StringComparison.Ordinal) && shape == TokenShape.Lower && _claimVerbs.Contains(word))
                {
                    // "Israeli jets strike Houthi targets" tagged VERB but IN: the parser reads the
                    // fine tag, so the two are made to agree.
                    a.Xpos[t] = word.EndsWith('s') ? XposTags.Vbz : word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? XposTags.Vbd : XposTags.Vbp;
                }
                else if (noun && AfterPluralSubject(context, t, sentence))
                {
                    a.Upos[t] = UposTags.Verb;
                    a.Xpos[t] = XposTags.Vbp;
                }
                else if (a.Xpos[t] is XposTags.Vb or XposTags.Vbd or XposTags.Nn && AfterBe(context, t, sentence))
                {
                    a.Upos[t] = UposTags.Verb;
                    a.Xpos[t] = XposTags.Vbn;
                }

                inVerbList = retag || (a.Upos[t] == UposTags.Verb && a.Xpos[t] == XposTags.Vbz && subjectEnds.Contains(t));
                if (t + 2 < sentence.EndToken && _controlVerbs.Contains(word) && context.TokenText(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    Infinitive(context, t);
                }
            }
        }
    }

    /// <summary>
    /// "New sanctions target a Chinese company", "the measures hit two firms": a claim verb's bare
    /// form between a plural noun and the start of a noun phrase is that noun's verb, not the
    /// second noun of a compound.
    /// </summary>
    private bool AfterPluralSubject(AnalysisContext context, int t, Sentence sentence)
    {
        var a = context.Annotations;
        return t > sentence.FirstToken && t + 1 < sentence.EndToken && _claimVerbs.Contains(context.TokenText(t))
            && !context.TokenText(t).EndsWith('s') && a.Xpos[t - 1] == XposTags.Nns
            && a.Upos[t + 1] is UposTags.Det or UposTags.Propn or UposTags.Adj or UposTags.Num && a.Xpos[t + 1] != XposTags.Pos;
    }

    /// <summary>
    /// "were all hit with sanctions", "was also struck": a claim verb whose past form is its
    /// participle, after a form of "be" and adverbs, is the passive participle.
    /// </summary>
    private bool AfterBe(AnalysisContext context, int t, Sentence sentence)
    {
        if (!_claimVerbs.Contains(context.TokenText(t)) || context.Tokens[t].Shape != TokenShape.Lower)
        {
            return false;
        }

        var k = t - 1;
        while (k > sentence.FirstToken && (context.Annotations.Upos[k] == UposTags.Adv || context.TokenText(k) is "all" or "both"))
        {
            k--;
        }

        return k >= sentence.FirstToken && k < t && context.TokenText(k) is "was" or "were" or "been" or "being" or "is" or "are" or "be";
    }

    /// <summary>
    /// "The EU plans to sanction", "they continue to fire drones": the control verb is a verb, and a
    /// claim verb after its "to" is an infinitive, not a noun after a preposition.
    /// </summary>
    private void Infinitive(AnalysisContext context, int t)
    {
        var a = context.Annotations;
        var next = context.TokenText(t + 2);
        if (a.Upos[t + 2] is not (UposTags.Noun or UposTags.Verb) || !_claimVerbs.Contains(next) || context.Tokens[t + 2].Shape != TokenShape.Lower)
        {
            return;
        }

        if (a.Upos[t] == UposTags.Noun)
        {
            var word = context.TokenText(t);
            a.Upos[t] = UposTags.Verb;
            a.Xpos[t] = word.EndsWith('s') ? XposTags.Vbz : word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? XposTags.Vbd : XposTags.Vb;
        }

        a.Upos[t + 1] = UposTags.Part;
        a.Xpos[t + 1] = XposTags.To;
        a.Upos[t + 2] = UposTags.Verb;
        a.Xpos[t + 2] = XposTags.Vb;
    }
}
