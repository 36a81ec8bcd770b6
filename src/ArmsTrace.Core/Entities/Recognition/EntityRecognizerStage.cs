using System.Collections.Frozen;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Entities.Recognition;

/// <summary>
/// First entity recogniser: knowledge-base names by longest match, the party half of
/// hyphenated compounds ("Iran-backed"), collective nouns ("militias"), and capitalised runs
/// the knowledge base does not know, typed by their head word or by a title before them.
/// </summary>
public sealed class EntityRecognizerStage : IPipelineStage
{
    private readonly Gazetteer _gazetteer;
    private readonly FrozenSet<string> _titles = Lexicon.Words("titles.txt");
    private readonly FrozenSet<string> _orgHeads = Lexicon.Words("org-heads.txt");
    private readonly FrozenSet<string> _facilityHeads = Lexicon.Words("facility-heads.txt");
    private readonly FrozenSet<string> _facilityModifiers = Lexicon.Words("facility-modifiers.txt");
    private readonly FrozenSet<string> _stopwords = Lexicon.Words("name-stopwords.txt");
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legalForms =
        Lexicon.Words("name-legal-forms.txt").GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenDictionary<string, string> _compoundSuffixes = Lexicon.Table("compound-suffixes.txt");
    private readonly FrozenDictionary<string, string> _collectives = Lexicon.Table("collectives.txt");

    public EntityRecognizerStage(Gazetteer gazetteer) => _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    public string Name => "gazetteer-ner";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Mentions];

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            RecognizeSentence(context, sentence);
        }
    }

    private void RecognizeSentence(AnalysisContext context, Sentence sentence)
    {
        // In a title-cased headline every word is capitalised, so capitals name nothing new.
        var titleCase = TitleCase.Is(context.Clean.Value, context.Tokens, sentence);
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var next = TryKnown(context, sentence, i)
                ?? TryCompound(context, sentence, i)
                ?? TryCollective(context, sentence, i)
                ?? (titleCase ? null : TryUnknownName(context, sentence, i));
            i = next ?? i + 1;
        }

        AddFacilityPhrases(context, sentence);
    }

    /// <summary>
    /// "a drone base in Iran's Kashan", "the Kashan drone base", "the Alabuga plant", "a new drone
    /// complex ... set up in Semnan": an unnamed facility the text places, named after its place and
    /// purpose.
    /// </summary>
    private void AddFacilityPhrases(AnalysisContext context, Sentence sentence)
    {
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (!_facilityHeads.Contains(context.TokenText(t).ToString()) || MentionCovering(context, sentence, t) is not null)
            {
                continue;
            }

            var first = t;
            while (first - 1 >= sentence.FirstToken && t - first < 2 && _facilityModifiers.Contains(context.TokenText(first - 1).ToString())
                && FreeModifier(context, sentence, first - 1))
            {
                first--;
            }

            // "the Alabuga plant": a place right before the head names the facility without a purpose word.
            var placeBefore = first - 1 >= sentence.FirstToken && MentionCovering(context, sentence, first - 1) is { Type: EntityType.Place, Kind: MentionKind.Name } before
                && before.EndToken == first ? before : null;
            if (first == t && placeBefore is null)
            {
                continue;
            }

            var place = placeBefore ?? PlaceAfter(context, sentence, t);
            var span = new TextSpan(context.Tokens[first].Start, context.Tokens[t].End);
            string name;
            if (place is not null)
            {
                name = place.CanonicalName + " " + context.Clean.Value.Substring(span.Start, span.Length);
            }
            else if (first != t && first - 1 > sentence.FirstToken && context.Tokens[first - 1].Shape == TokenShape.Capitalized
                && MentionCovering(context, sentence, first - 1) is null or { Type: EntityType.Other })
            {
                // "the Engels air base": a name the knowledge base does not know, before a purpose and a head.
                span = new TextSpan(context.Tokens[first - 1].Start, context.Tokens[t].End);
                name = context.Clean.Value.Substring(span.Start, span.Length);
                context.Mentions.RemoveAll(m => m.Type == EntityType.Other && m.FirstToken == first - 1);
                first--;
            }
            else
            {
                continue;
            }

            var mention = new Mention(span, first, t + 1, EntityType.Facility, MentionKind.Name, EntityKey.ForFacility(NameNormalizer.Normalize(name)), name);
            // "drone" in "drone complex" says what the facility is for; it is not a weapon mention.
            context.Mentions.RemoveAll(m => m.Type == EntityType.Weapon && m.FirstToken >= first && m.EndToken <= t);
            var at = context.Mentions.Count;
            while (at > 0 && context.Mentions[at - 1].FirstToken > first)
            {
                at--;
            }

            context.Mentions.Insert(at, mention);
        }
    }

    /// <summary>A modifier word no name covers, or one a one-word weapon mention covers ("drone").</summary>
    private static bool FreeModifier(AnalysisContext context, Sentence sentence, int t) =>
        MentionCovering(context, sentence, t) is not { } m || (m.Type == EntityType.Weapon && m.FirstToken == t && m.EndToken == t + 1);

    /// <summary>The place after "in", "at" or "near" within the rest of the clause, preferring a city to a country.</summary>
    private static Mention? PlaceAfter(AnalysisContext context, Sentence sentence, int head)
    {
        for (var k = head + 1; k < Math.Min(sentence.EndToken, head + 14); k++)
        {
            var w = context.TokenText(k);
            if (w is ";" or ":" or "." || (w is "which" or "that" && k > head + 1))
            {
                return null;
            }

            if (w is not ("in" or "at" or "near"))
            {
                continue;
            }

            Mention? country = null;
            for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 5); j++)
            {
                switch (MentionCovering(context, sentence, j))
                {
                    case { Type: EntityType.Place } place:
                        return place;
                    case { Type: EntityType.Country } c:
                        country ??= c;
                        j = c.EndToken - 1;
                        break;
                }
            }

            return country;
        }

        return null;
    }

    private static Mention? MentionCovering(AnalysisContext context, Sentence sentence, int t)
    {
        var mentions = context.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken <= sentence.FirstToken)
            {
                break;
            }

            if (m.FirstToken <= t && t < m.EndToken)
            {
                return m;
            }
        }

        return null;
    }

    private int? TryKnown(AnalysisContext context, Sentence sentence, int i)
    {
        var text = context.Clean.Value;
        var tokens = context.Tokens;
        var (end, names) = _gazetteer.Match(text, tokens, i, sentence.EndToken);
        if (end < 0)
        {
            return null;
        }

        var span = new TextSpan(tokens[i].Start, tokens[end - 1].End);
        var surface = text.AsSpan(span.Start, span.Length);
        KbName? chosen = null;
        foreach (var n in names)
        {
            if (n.CaseSensitive ? !surface.SequenceEqual(n.Surface) : char.IsUpper(n.Surface[0]) && !char.IsUpper(surface[0]))
            {
                continue;
            }

            if (chosen is null || Rank(n, context, i) > Rank(chosen, context, i))
            {
                chosen = n;
            }
        }

        if (chosen is null || (chosen.Entry.Type is EntityType.Place or EntityType.Country or EntityType.Weapon && StartsCompanyName(context, sentence, end)))
        {
            return null;
        }

        var kind = chosen.Form == NameForm.Demonym ? MentionKind.Demonym : MentionKind.Name;
        context.Mentions.Add(new Mention(span, i, end, chosen.Entry.Type, kind, chosen.Entry.Key, chosen.Entry.Name));
        return end;
    }

    /// <summary>A capital after "in", "at" or "to" is the city; elsewhere it stands for its government.</summary>
    private static int Rank(KbName name, AnalysisContext context, int i)
    {
        var placeContext = i > 0 && context.TokenText(i - 1) is "in" or "at" or "to" or "from" or "near";
        return name.Form switch
        {
            NameForm.Name when name.Entry.Type == EntityType.Place => placeContext ? 5 : 2,
            NameForm.Name => 4,
            NameForm.Metonym => placeContext ? 1 : 3,
            _ => 2,
        };
    }

    /// <summary>
    /// "Iran-backed", "Hong Kong-based": the name before the suffix of a hyphenated compound, which
    /// may start a word or two before the hyphenated one.
    /// </summary>
    private int? TryCompound(AnalysisContext context, Sentence sentence, int i)
    {
        for (var last = i; last < Math.Min(i + 3, sentence.EndToken); last++)
        {
            var word = context.TokenText(last);
            var hyphen = word.LastIndexOf('-');
            if (hyphen <= 0 || hyphen == word.Length - 1)
            {
                if (context.Tokens[last].Shape != TokenShape.Capitalized)
                {
                    return null;
                }

                continue;
            }

            if (!_compoundSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word[(hyphen + 1)..]))
            {
                return null;
            }

            var names = last == i ? _gazetteer.MatchSingle(word[..hyphen]) : _gazetteer.MatchWithPrefix(context.Clean.Value, context.Tokens, i, last, hyphen);
            foreach (var n in names)
            {
                if (n.Entry.Type is EntityType.Country or EntityType.Organization or EntityType.Group or EntityType.Person or EntityType.Place)
                {
                    var span = new TextSpan(context.Tokens[i].Start, context.Tokens[last].Start + hyphen);
                    var kind = n.Form == NameForm.Demonym ? MentionKind.Demonym : MentionKind.Name;
                    context.Mentions.Add(new Mention(span, i, last + 1, n.Entry.Type, kind, n.Entry.Key, n.Entry.Name));
                    return last + 1;
                }
            }

            return null;
        }

        return null;
    }

    private int? TryCollective(AnalysisContext context, Sentence sentence, int i)
    {
        var collectives = _collectives.GetAlternateLookup<ReadOnlySpan<char>>();
        var two = i + 1 < sentence.EndToken
            ? context.Clean.Value.AsSpan(context.Tokens[i].Start, context.Tokens[i + 1].End - context.Tokens[i].Start)
            : [];
        var end = !two.IsEmpty && collectives.ContainsKey(two) ? i + 2 : collectives.ContainsKey(context.TokenText(i)) ? i + 1 : -1;
        if (end < 0)
        {
            return null;
        }

        var type = EntityTypeNames.Parse(collectives[context.Clean.Value.AsSpan(context.Tokens[i].Start, context.Tokens[end - 1].End - context.Tokens[i].Start)]);
        var span = new TextSpan(context.Tokens[i].Start, context.Tokens[end - 1].End);
        var name = context.Clean.Value.Substring(span.Start, span.Length);
        context.Mentions.Add(new Mention(span, i, end, type, MentionKind.Nominal, EntityKey.ForCollective(NameNormalizer.Normalize(name)), name));
        return end;
    }

    private int? TryUnknownName(AnalysisContext context, Sentence sentence, int i)
    {
        if (!StartsName(context, i))
        {
            return null;
        }

        var end = i + 1;
        while (end < sentence.EndToken)
        {
            // "... Aviation Engine Co. One month later": an abbreviated legal form closes the name
            // where the tokenizer kept its period from ending the sentence.
            var closed = context.TokenText(end - 1) is [.., '.'] && _legalForms.Contains(context.TokenText(end - 1).TrimEnd('.'))
                && !_legalForms.Contains(context.TokenText(end).TrimEnd('.'));
            if (StartsName(context, end) && !IsKnownStart(context, sentence, end) && !closed)
            {
                end++;
                continue;
            }

            // "Redlepus Vector Industry Shenzhen Co Ltd": a known place inside a company's name.
            if (StartsName(context, end) && KnownBeforeLegalForm(context, sentence, end) is { } through)
            {
                end = through;
                continue;
            }

            var w = context.TokenText(end);

            // "Falcon Ridge Trading Co and Ostrava Aero Ltd": a legal form ends one company's name.
            var afterLegalForm = _legalForms.Contains(context.TokenText(end - 1).TrimEnd('.'));
            var connector = w is "of" or "for" or "al" or "bin" or "de" || (w is "and" or "&" && !afterLegalForm);
            if (connector && end + 1 < sentence.EndToken && StartsName(context, end + 1) && !IsKnownStart(context, sentence, end + 1))
            {
                end += 2;
                continue;
            }

            break;
        }

        var first = i;
        while (first < end && _titles.Contains(context.TokenText(first).ToString()))
        {
            first++;
        }

        // "Commerce Secretary Gina Raimondo": a title inside the run starts the name after it.
        var titles = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = end - 3; k > first; k--)
        {
            if (titles.Contains(context.TokenText(k)))
            {
                first = k + 1;
                break;
            }
        }

        var trimmedTitles = first > i;
        while (end > first && !char.IsLetter(context.TokenText(end - 1)[0]))
        {
            end--;
        }

        // "Assistant Secretary of State for Near Eastern Affairs": what follows a title's "of" or
        // "for" is still the title, not a name.
        if (first >= end || (trimmedTitles && context.TokenText(first) is "of" or "for" or "and"))
        {
            return end > i ? end : null;
        }

        var count = end - first;
        var atSentenceStart = first == sentence.FirstToken;
        var headType = HeadType(context, first, end);
        if (count == 1 && headType == EntityType.Other && (atSentenceStart || !trimmedTitles))
        {
            // A lone unknown capitalised word is kept only as a possible short reference
            // (a surname); the resolver drops it unless it links to a fuller mention.
            if (!atSentenceStart || IsFollowedByVerbCue(context, end))
            {
                AddUnknown(context, first, end, EntityType.Other);
            }

            return end;
        }

        var type = headType != EntityType.Other ? headType : trimmedTitles || count is 2 or 3 ? EntityType.Person : EntityType.Other;
        AddUnknown(context, first, end, type, guessed: headType == EntityType.Other && !trimmedTitles);
        return end;
    }

    private static bool IsFollowedByVerbCue(AnalysisContext context, int end) =>
        end < context.Tokens.Count && context.TokenText(end) is "said" or "says" or "told" or "added" or "noted" or "became" or "held" or "met" or "pledged" or "repeated" or "wrote" or "stated" or "claimed" or "announced" or "warned";

    private static void AddUnknown(AnalysisContext context, int first, int end, EntityType type, bool guessed = false)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[end - 1].End);
        var name = context.Clean.Value.Substring(span.Start, span.Length);
        context.Mentions.Add(new Mention(span, first, end, type, MentionKind.Name, EntityKey.ForName(NameNormalizer.Normalize(name)), name) { TypeGuessed = guessed });
    }

    private EntityType HeadType(AnalysisContext context, int first, int end)
    {
        for (var k = end - 1; k >= first; k--)
        {
            var w = context.TokenText(k).ToString();
            if (_facilityHeads.Contains(w))
            {
                return EntityType.Facility;
            }

            if (_orgHeads.Contains(w) || _legalForms.Contains(w.AsSpan().TrimEnd('.')))
            {
                return EntityType.Organization;
            }
        }

        return EntityType.Other;
    }

    /// <summary>
    /// "Shenzhen Amor Logistics Co. Ltd.", "Anka Precision Parts Ltd": capitalised words after a
    /// known place or weapon that end in a legal form make it the first word of a company's name.
    /// </summary>
    private bool StartsCompanyName(AnalysisContext context, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken || !StartsName(context, end))
        {
            return false;
        }

        var k = end;
        while (k < Math.Min(sentence.EndToken, end + 6) && (StartsName(context, k) || _legalForms.Contains(context.TokenText(k).TrimEnd('.'))))
        {
            k++;
        }

        return k > end && _legalForms.Contains(context.TokenText(k - 1).TrimEnd('.'));
    }

    /// <summary>The end of a known name at <paramref name="i"/> and the legal forms right after it, or null when none follows.</summary>
    private int? KnownBeforeLegalForm(AnalysisContext context, Sentence sentence, int i)
    {
        var known = _gazetteer.Match(context.Clean.Value, context.Tokens, i, sentence.EndToken).EndToken;
        var end = known;
        while (end > 0 && end < sentence.EndToken && _legalForms.Contains(context.TokenText(end).TrimEnd('.')))
        {
            end++;
        }

        return end > known ? end : null;
    }

    private bool IsKnownStart(AnalysisContext context, Sentence sentence, int i) =>
        _gazetteer.Match(context.Clean.Value, context.Tokens, i, sentence.EndToken).EndToken > 0;

    private bool StartsName(AnalysisContext context, int i)
    {
        var t = context.Tokens[i];
        if (t.Shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed))
        {
            return false;
        }

        var w = context.TokenText(i);
        return !_stopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && w.Length > 1;
    }
}
