using System.Collections.Frozen;
using System.Globalization;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;
using ArmsTrace.Core.Time;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// Claim extractor. Where sentences are parsed, trigger words are matched by the tree patterns of
/// lexicons/claim-patterns.txt (roles, attribution and stance from the tree); the older word
/// patterns around lexicons/triggers.txt then add only what the tree missed and does not
/// contradict. Word patterns also find hyphenated compounds ("Iran-backed", "Chinese-made"),
/// titles before and appositions after names (roles), "ORG of ORG" and "ORG's ORG" (part of) and
/// facilities "in PLACE" (located in). Without a parse, the word patterns do all the work.
/// </summary>
public sealed class ClaimExtractorStage : IPipelineStage
{
    public const string ExtractorName = "patterns";
    public const string ExtractorVersion = "0.4";

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being", "'s");
    private static readonly FrozenSet<string> Adverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "not", "also", "already", "reportedly", "allegedly", "then", "being", "been", "now", "still", "directly", "recently", "later", "eventually", "never", "previously", "largely", "mostly", "first", "n't");
    private static readonly FrozenSet<string> Participles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "sold", "sent", "built", "made", "given", "bought", "struck", "hit", "flown", "got");

    private static readonly Attribution Unattributed = new(null, null, -1);

    private readonly TriggerLexicon _triggers;
    private readonly AttributionFinder _attribution = new();
    private readonly TreeClaimFinder _trees = new();
    private readonly StanceCues _stanceCues = new();
    private readonly MoneyAmounts _money = new();
    private readonly FrozenSet<string> _titles = Lexicon.Words("titles.txt");
    private readonly FrozenDictionary<string, string> _compounds = Lexicon.Table("compound-suffixes.txt");
    private readonly KnowledgeBase _kb;

    public ClaimExtractorStage(TriggerLexicon? triggers = null, KnowledgeBase? kb = null)
    {
        _triggers = triggers ?? TriggerLexicon.Default;
        _kb = kb ?? KnowledgeBase.Default;
    }

    public string Name => ExtractorName;

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Sentences, Layer.Entities];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Claims];

    public void Run(AnalysisContext context)
    {
        Attribution? previous = null;
        var parsed = context.HasAnnotations;
        for (var sentenceIndex = 0; sentenceIndex < context.Sentences.Count; sentenceIndex++)
        {
            var sentence = context.Sentences[sentenceIndex];
            var scope = new SentenceScope(context, sentence);
            var found = new List<ClaimDraft>();
            DependencyTree? tree = null;
            if (parsed)
            {
                tree = new DependencyTree(context, sentence, scope.Mentions, ContextStart(context, sentenceIndex));
                _trees.Find(tree, found);
                FindTriggeredWhereTreeFailed(scope, tree, found);
                if (_trees.Echo(tree) is { Source: { } speaker } echo)
                {
                    EchoEarlierClaims(scope, sentenceIndex, speaker, echo.Stance ?? Stance.Asserted);
                }
            }
            else
            {
                FindTriggered(scope, found);
            }

            var fromPatterns = found.Count;
            FindCompounds(scope, found);
            if (tree is not null)
            {
                // "Iranian-made drones, the air force said": the tree knows who speaks for the words of the compound too.
                for (var i = fromPatterns; i < found.Count; i++)
                {
                    if (found[i].Attribution is null && _trees.Attribute(tree, found[i].Trigger) is { } a)
                    {
                        found[i] = found[i] with { Attribution = a };
                    }
                }
            }

            FindRoles(scope, found);
            FindStructural(scope, found);
            if (found.Count == 0)
            {
                previous = null;
                continue;
            }

            var attribution = _attribution.Find(scope);
            if (attribution.Source is null && previous?.Source is not null && StartsWithQuote(scope))
            {
                attribution = previous;
            }

            previous = attribution;
            var time = FindTime(scope);
            foreach (var d in found.DistinctBy(d => (d.Type, d.Subject.Key, d.Object?.Key, d.Item?.Key)))
            {
                Emit(scope, tree, d, attribution, time);
            }
        }
    }

    /// <summary>
    /// "Amir-Abdollahian confirmed this matter": the claims of the two sentences before, asserted
    /// again by the new speaker in the new stance, with this sentence as their evidence.
    /// </summary>
    /// <remarks>
    /// Only acts are echoed (not sanctions, roles or places), and a denial only of what the
    /// speaker's own side is said to have done: "Iran rejected the reports" after a paragraph on
    /// sanctions against Iran denies no sanction.
    /// </remarks>
    private static void EchoEarlierClaims(SentenceScope s, int sentenceIndex, Mention speaker, Stance stance)
    {
        var context = s.Context;
        var side = ReferenceResolver.SpeakersSide(speaker)?.Key;
        var from = context.Sentences[Math.Max(0, sentenceIndex - 2)].Span.Start;
        var earlier = context.Claims
            .Where(c => c.Evidence.Start >= from && c.Evidence.Start < s.Sentence.Span.Start
                && c.Type is ClaimType.Supply or ClaimType.Manufacture or ClaimType.Use or ClaimType.Attack or ClaimType.Sponsor or ClaimType.Visit or ClaimType.Meeting
                && (stance != Stance.Denied || c.Subject.Key == speaker.Key || c.Subject.Key == side))
            .DistinctBy(c => (c.Type, c.Subject.Key, c.Object?.Key))
            .ToList();
        var time = FindTime(s);
        var source = Ref(context, speaker);
        foreach (var c in earlier)
        {
            context.Claims.Add(c with { Source = source, Stance = stance, Evidence = s.Sentence.Span, Time = time ?? c.Time });
        }
    }

    private static int ContextStart(AnalysisContext context, int sentenceIndex) =>
        context.Sentences[Math.Max(0, sentenceIndex - 2)].FirstToken;

    private static bool StartsWithQuote(SentenceScope s) => s.Is(s.Sentence.FirstToken, "\"", "“");

    private void Emit(SentenceScope s, DependencyTree? tree, ClaimDraft d, Attribution sentenceAttribution, ClaimTime? time)
    {
        // A claim needs both ends to be an edge of the graph; "China sells drones" names no buyer.
        if (d.Object is null || d.Object.Key == d.Subject.Key)
        {
            return;
        }

        // Titles and appositions ("X, the head of Y, said") are the writer's own framing of who
        // someone is, not part of what the speaker says. And in a parsed sentence, a reporting verb
        // the tree did not find above the trigger governs another clause ("X announced the exports
        // while the UN sanctions ended"); only a quote carried over from the sentence before still
        // speaks for it.
        var fromThisSentence = s.Context.HasAnnotations && sentenceAttribution.VerbToken >= s.Sentence.FirstToken;
        var a = d.Attribution ?? (d.Type is ClaimType.Role or ClaimType.PartOf or ClaimType.LocatedIn || fromThisSentence ? Unattributed : sentenceAttribution);

        // The tree found the reporting verb but lost its subject in a misparse; the words still tell.
        // Only the subject before that same verb counts: "said the Lebanese group had" names no speaker.
        // A passive one ("the Houthis are reported to have received") has no speaker before it.
        if (a.Source is null && d.Attribution is not null && sentenceAttribution.Source is { } wordSource
            && sentenceAttribution.VerbToken == a.VerbToken && wordSource.EndToken <= a.VerbToken
            && !Enumerable.Range(wordSource.EndToken, a.VerbToken - wordSource.EndToken).Any(t => s.Context.Annotations.Upos[t] is "VERB")
            && (tree is null || !PredicateArguments.IsPassive(tree, a.VerbToken)))
        {
            a = a with { Source = sentenceAttribution.Source };
        }

        // In a parsed sentence the tree has read the verbs and modals that govern the trigger; a
        // verb cue in another clause ("Iran denies arming X and says the movement makes its own",
        // "it would intensify efforts to counter the production of drones") is not ours.
        var verb = a.VerbToken;
        Func<int, bool>? otherClause = s.Context.HasAnnotations ? t => t != verb && s.Context.Annotations.Upos[t] is "VERB" or "AUX" : null;
        var cue = d.OwnStance ?? _stanceCues.Find(s, s.Sentence.FirstToken, Math.Min(s.Sentence.EndToken, d.Trigger + 2), otherClause);
        var stance = cue ?? a.Stance ?? Stance.Asserted;
        if (a.Stance is Stance.Denied or Stance.Confirmed or Stance.Unconfirmed && cue is null or Stance.Alleged or Stance.Reported)
        {
            stance = a.Stance.Value;
        }

        var source = a.Source is { } src ? Ref(s.Context, src) : null;
        // How many of the item first; failing that, what the deal was worth.
        var quantity = d.Quantity ?? (d.Item is not null ? FindQuantity(s, d.Item) : null) ?? (d.Type == ClaimType.Supply ? _money.Find(s) : null);
        s.Context.Claims.Add(new Claim(
            d.Type,
            Ref(s.Context, d.Subject),
            d.Object is null ? null : Ref(s.Context, d.Object),
            d.Item is null ? null : Ref(s.Context, d.Item),
            quantity,
            d.Type is ClaimType.Role or ClaimType.PartOf or ClaimType.LocatedIn ? null : time,
            source,
            stance,
            s.Sentence.Span,
            ExtractorName + "/" + ExtractorVersion));
    }

    private static EntityRef Ref(AnalysisContext c, Mention m)
    {
        if (m.Entity >= 0)
        {
            var e = c.Entities[m.Entity];
            return new EntityRef(e.Id, e.Key, e.Name, e.Type);
        }

        return new EntityRef(string.Empty, m.Key, m.CanonicalName, m.Type);
    }

    private static ClaimQuantity? FindQuantity(SentenceScope s, Mention item)
    {
        var k = item.FirstToken - 1;
        while (k >= s.Sentence.FirstToken && s.Context.Tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized && !s.Is(k, "of", "to", "from", "with"))
        {
            if (item.FirstToken - k > 3)
            {
                return null;
            }

            k--;
        }

        if (k < s.Sentence.FirstToken || s.Context.Tokens[k].Shape != TokenShape.Number)
        {
            return null;
        }

        var text = s.Word(k);
        return decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? new ClaimQuantity(v, item.CanonicalName, text + " " + s.Context.Clean.Slice(item.Span).ToString())
            : null;
    }

    private static ClaimTime? FindTime(SentenceScope s)
    {
        var words = new List<string>(s.Sentence.TokenCount);
        for (var i = s.Sentence.FirstToken; i < s.Sentence.EndToken; i++)
        {
            words.Add(s.Word(i));
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (time, _) = TimeExpressionResolver.Resolve(words, i, s.Context.Published);
            if (time is not null)
            {
                return time;
            }
        }

        return null;
    }

    private void FindTriggered(SentenceScope s, List<ClaimDraft> found)
    {
        for (var t = s.Sentence.FirstToken; t < s.Sentence.EndToken; t++)
        {
            if (s.MentionAt(t) is not null)
            {
                continue;
            }

            foreach (var trigger in _triggers.Find(s.Context.TokenText(t)))
            {
                Apply(s, t, trigger, found);
            }
        }
    }

    /// <summary>
    /// Word patterns for trigger words the tree patterns cannot read: the tagger or parser, trained
    /// on web English, misread some news constructions ("fired" as an adjective in "fired rockets
    /// at"), where the word order still tells. Where the tree read the trigger and found nothing,
    /// its silence stands: word patterns there cost far more precision than they gain.
    /// </summary>
    private void FindTriggeredWhereTreeFailed(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        var fallback = new List<ClaimDraft>();
        FindTriggered(s, fallback);
        var fromTree = found.Count;
        var upos = s.Context.Annotations.Upos;
        foreach (var d in fallback)
        {
            // "small guided bombs" is a noun phrase; "the Houthis assemble drones", misread as a
            // noun, has a subject right before the verb.
            if (_trees.Reads(tree, d.Trigger)
                || (upos[d.Trigger] == "NOUN" && (d.Trigger == s.Sentence.FirstToken || upos[d.Trigger - 1] is not ("NOUN" or "PROPN" or "PRON"))))
            {
                continue;
            }

            var duplicate = false;
            for (var i = 0; i < fromTree; i++)
            {
                var f = found[i];
                duplicate |= f.Type == d.Type && f.Subject.Key == d.Subject.Key && f.Object?.Key == d.Object?.Key;
            }

            if (!duplicate)
            {
                found.Add(d);
            }
        }
    }

    private bool IsPassive(SentenceScope s, int t)
    {
        var word = s.Word(t);
        var participle = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Participles.Contains(word);
        if (!participle)
        {
            return false;
        }

        var k = t - 1;
        while (k >= s.Sentence.FirstToken && Adverbs.Contains(s.Word(k)))
        {
            k--;
        }

        if (k >= s.Sentence.FirstToken && BeForms.Contains(s.Word(k)))
        {
            return true;
        }

        // Reduced relative: "drones supplied to the Houthis", "materials imported from China".
        return k >= s.Sentence.FirstToken && s.Context.Tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps
            && !s.Is(k, "has", "have", "had", "they", "it", "he", "she", "we", "who", "which", "that")
            && (s.MentionAt(k) is not null || s.Context.Tokens[k].Shape == TokenShape.Lower)
            && (s.FindWord(t + 1, "by", 6) > 0 || s.FindWord(t + 1, "to", 4) > 0 || s.FindWord(t + 1, "from", 4) > 0);
    }

    private static bool IsWeapon(Mention m) => m.Type == EntityType.Weapon;

    private static bool IsParty(Mention m) => SentenceScope.IsActor(m) && m.Type != EntityType.Facility;

    private void Apply(SentenceScope s, int t, Trigger trigger, List<ClaimDraft> found)
    {
        var passive = trigger.Frame != TriggerFrame.Noun && IsPassive(s, t);
        var byAgent = FirstAfter(s, t, "by", IsParty);
        switch (trigger.Type, trigger.Frame)
        {
            case (ClaimType.Supply, TriggerFrame.Forward):
            {
                var item = ItemAfter(s, t) ?? (passive ? s.LeftSubjects(t, IsWeapon).LastOrDefault() : null);
                var recipients = AfterWord(s, t, "to", IsParty);
                if (recipients.Count == 0 && !passive)
                {
                    recipients = s.RightObjects(t + 1, IsParty, 3);
                }

                var suppliers = passive ? (byAgent is null ? [] : [byAgent]) : s.LeftSubjects(t, IsParty);
                if (passive && recipients.Count == 0)
                {
                    recipients = s.LeftSubjects(t, IsParty);
                }

                AddAll(found, ClaimType.Supply, suppliers, recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.Reverse):
            {
                var suppliers = AfterWord(s, t, "from", IsParty);
                var recipients = s.LeftSubjects(t, IsParty);
                var item = ItemAfter(s, t) ?? s.LeftSubjects(t, IsWeapon).LastOrDefault();
                AddAll(found, ClaimType.Supply, suppliers, recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.With):
            {
                var recipients = s.RightObjects(t + 1, IsParty, 4);
                var item = FirstAfter(s, t, "with", IsWeapon);
                AddAll(found, ClaimType.Supply, passive ? [] : s.LeftSubjects(t, IsParty), recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.Noun):
            {
                var suppliers = s.LeftSubjects(t, IsParty);
                var recipients = AfterWord(s, t, "to", IsParty);
                AddAll(found, ClaimType.Supply, suppliers, recipients, FirstAfter(s, t, "of", IsWeapon) ?? ItemAfter(s, t), t);
                break;
            }

            case (ClaimType.Sanction, TriggerFrame.Noun):
            {
                var adjacent = s.Mentions.LastOrDefault(m => m.EndToken == t && IsParty(m));
                var sanctioners = adjacent is not null ? [adjacent] : byAgent is not null ? [byAgent] : s.LeftSubjects(t, IsParty);
                var targets = AfterWord(s, t, "against", IsParty);
                if (targets.Count == 0)
                {
                    targets = AfterWord(s, t, "on", IsParty);
                }

                if (targets.Count == 0 && s.RelativeHead(t, IsParty) is { } head)
                {
                    targets = [head];
                }

                AddAll(found, ClaimType.Sanction, sanctioners, targets, null, t);
                break;
            }

            case (ClaimType.Attack, TriggerFrame.Noun):
            {
                var adjacent = s.Mentions.LastOrDefault(m => m.EndToken >= t - 2 && m.EndToken <= t && IsParty(m));
                if (adjacent is null)
                {
                    break;
                }

                var targets = s.RightObjects(t + 1, m => IsParty(m) || m.Type == EntityType.Place, 8);
                AddAll(found, ClaimType.Attack, [adjacent], targets.Take(1).ToList(), null, t);
                break;
            }

            case (ClaimType.Meeting, _):
            {
                var subjects = s.LeftSubjects(t, m => m.Type == EntityType.Person);
                var others = s.Mentions.Where(m => m.FirstToken > t && m.Type == EntityType.Person && !s.Is(m.FirstToken - 1, "by") && !s.Is(m.FirstToken - 2, "by")).ToList();
                AddAll(found, ClaimType.Meeting, subjects, others, null, t);
                break;
            }

            case (ClaimType.Visit, _):
            {
                var visitors = trigger.Frame == TriggerFrame.Noun ? (byAgent is null ? [] : [byAgent]) : s.LeftSubjects(t);
                var places = s.RightObjects(t + 1, m => m.Type is EntityType.Place or EntityType.Facility or EntityType.Country, 6);
                AddAll(found, ClaimType.Visit, visitors, places.Take(1).ToList(), null, t);
                break;
            }

            case (_, TriggerFrame.Forward):
            {
                Func<Mention, bool> objectKind = trigger.Type switch
                {
                    ClaimType.Manufacture or ClaimType.Use => IsWeapon,
                    ClaimType.Attack => m => IsParty(m) || m.Type is EntityType.Place or EntityType.Weapon,
                    _ => IsParty,
                };
                Func<Mention, bool> subjectKind = trigger.Type == ClaimType.Manufacture ? SentenceScope.IsActor : IsParty;
                List<Mention> subjects;
                List<Mention> objects;
                if (passive)
                {
                    subjects = byAgent is null ? [] : [byAgent];
                    objects = s.LeftSubjects(t, objectKind);
                }
                else
                {
                    subjects = s.LeftSubjects(t, subjectKind);
                    objects = s.RightObjects(t + 1, objectKind, 10);
                    if (objects.Count == 0 && s.RelativeHead(t, objectKind) is { } head)
                    {
                        objects = [head];
                    }

                    if (objects.Count == 0 && trigger.Type == ClaimType.Use)
                    {
                        objects = RelativeObject(s, t, objectKind);
                    }
                }

                AddAll(found, trigger.Type, subjects, objects, null, t);
                break;
            }
        }
    }

    /// <summary>"those UAVs that these proxies use": the object stands before "that".</summary>
    private static List<Mention> RelativeObject(SentenceScope s, int t, Func<Mention, bool> accept)
    {
        for (var i = t - 1; i > s.Sentence.FirstToken; i--)
        {
            if (s.Is(i, "that", "which"))
            {
                var m = s.Mentions.LastOrDefault(m => m.EndToken == i && accept(m));
                return m is null ? [] : [m];
            }
        }

        return [];
    }

    private static Mention? ItemAfter(SentenceScope s, int t) =>
        s.Mentions.FirstOrDefault(m => m.FirstToken > t && m.FirstToken <= t + 8 && IsWeapon(m) && !s.CrossesBarrier(t, m.FirstToken));

    private static Mention? FirstAfter(SentenceScope s, int t, string word, Func<Mention, bool> accept)
    {
        var w = s.FindWord(t + 1, word, 12);
        return w < 0 ? null : s.Mentions.FirstOrDefault(m => m.FirstToken > w && m.FirstToken <= w + 4 && accept(m));
    }

    private static List<Mention> AfterWord(SentenceScope s, int t, string word, Func<Mention, bool> accept)
    {
        var w = s.FindWord(t + 1, word, 12);
        if (w < 0)
        {
            return [];
        }

        var objects = s.RightObjects(w + 1, accept, 5);
        return objects.Count > 0 && objects[0].FirstToken <= w + 4 ? objects : [];
    }

    private static void AddAll(List<ClaimDraft> found, ClaimType type, IReadOnlyList<Mention> subjects, IReadOnlyList<Mention> objects, Mention? item, int trigger)
    {
        foreach (var subject in subjects)
        {
            if (objects.Count == 0 && type == ClaimType.Supply && item is not null)
            {
                found.Add(new ClaimDraft(type, subject, null, item, trigger));
            }

            foreach (var obj in objects)
            {
                found.Add(new ClaimDraft(type, subject, obj, type == ClaimType.Supply ? item : null, trigger));
            }
        }
    }

    private void FindCompounds(SentenceScope s, List<ClaimDraft> found)
    {
        foreach (var m in s.Mentions)
        {
            var token = s.Context.Tokens[m.FirstToken];
            if (m.Span.End >= token.End || s.Context.Clean.Value[m.Span.End] != '-')
            {
                continue;
            }

            var suffix = s.Context.Clean.Value.AsSpan(m.Span.End + 1, token.End - m.Span.End - 1);
            if (!_compounds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(suffix, out var typeName) || ClaimNames.ParseType(typeName) is not { } type)
            {
                continue;
            }

            // "Iran-backed forces in Iraq": a name past a preposition is where they are, not who.
            var head = s.Mentions.FirstOrDefault(o => o.FirstToken > m.FirstToken && o.FirstToken <= m.EndToken + 2
                && !Enumerable.Range(m.EndToken, Math.Max(0, o.FirstToken - m.EndToken)).Any(k => s.Is(k, "in", "of", "from", "at", "on", "near", "across", "inside", "to", ",")));
            if (head is null)
            {
                continue;
            }

            switch (type)
            {
                case ClaimType.Sponsor when IsParty(head):
                    foreach (var client in NamesAfter(s, head))
                    {
                        found.Add(new ClaimDraft(ClaimType.Sponsor, m, client, null, m.FirstToken));
                    }

                    break;
                case ClaimType.Manufacture when IsWeapon(head):
                    found.Add(new ClaimDraft(ClaimType.Manufacture, m, head, null, m.FirstToken));
                    break;
                case ClaimType.Supply when IsWeapon(head):
                    var recipient = s.LeftSubjects(m.FirstToken, IsParty).LastOrDefault();
                    if (recipient is not null)
                    {
                        found.Add(new ClaimDraft(ClaimType.Supply, m, recipient, head, m.FirstToken));
                    }

                    break;
            }
        }

        // "Islamic Jihad is an Iranian proxy", "Hezbollah, an Iranian proxy".
        for (var i = s.Sentence.FirstToken + 1; i < s.Sentence.EndToken; i++)
        {
            if (!s.Is(i, "proxy", "proxies", "ally", "client"))
            {
                continue;
            }

            var sponsor = s.Mentions.LastOrDefault(m => m.EndToken == i && m.Kind == MentionKind.Demonym);
            if (sponsor is null)
            {
                continue;
            }

            var k = sponsor.FirstToken - 1;
            while (k > s.Sentence.FirstToken && s.Is(k, "an", "a", "the", "main", "key", "is", "are", ",", "was"))
            {
                k--;
            }

            var client = s.Mentions.LastOrDefault(m => m.EndToken == k + 1 && IsParty(m));
            if (client is not null)
            {
                found.Add(new ClaimDraft(ClaimType.Sponsor, sponsor, client, null, i));
            }
        }
    }

    /// <summary>
    /// "Iran-backed militia groups Kataib Hezbollah and Kataib Sayyid al-Shuhada": the names that
    /// follow a described head are what it describes; otherwise the head itself.
    /// </summary>
    private static List<Mention> NamesAfter(SentenceScope s, Mention head)
    {
        var names = new List<Mention>();
        var k = head.EndToken;
        while (head.Kind == MentionKind.Nominal && k < s.Sentence.EndToken)
        {
            var next = s.MentionAt(k);
            if (next is { Kind: MentionKind.Name } && next.FirstToken == k && IsParty(next))
            {
                names.Add(next);
                k = next.EndToken;
                continue;
            }

            if (names.Count > 0 && s.Is(k, "and", ","))
            {
                k++;
                continue;
            }

            break;
        }

        return names.Count > 0 ? names : [head];
    }

    private void FindRoles(SentenceScope s, List<ClaimDraft> found)
    {
        foreach (var person in s.Mentions.Where(m => m.Type == EntityType.Person))
        {
            // The knowledge base's country for a titled person ("President X") only when the text
            // names no body for the title ("X, the commander of the Quds Force").
            var org = TitleBefore(s, person, out var titled) ?? AppositionAfter(s, person) ?? BecameTitle(s, person);
            if (org is not null)
            {
                // The title rules read the words around the name; a tree pattern's other body for the
                // same person ("deputy director of the Washington office of X") is the worse reading.
                found.RemoveAll(d => d.Type == ClaimType.Role && d.Subject.Key == person.Key && d.Object?.Key != org.Key);
                found.Add(new ClaimDraft(ClaimType.Role, person, org, null, person.FirstToken));
            }
            else if (titled && !found.Exists(d => d.Type == ClaimType.Role && d.Subject.Key == person.Key) && KbCountry(s, person) is { } country)
            {
                found.Add(new ClaimDraft(ClaimType.Role, person, country, null, person.FirstToken));
            }
        }
    }

    private bool IsTitleWord(SentenceScope s, int i) => _titles.Contains(s.Word(i));

    /// <summary>"Iranian Foreign Minister X", "Chief of Staff of the Iranian Armed Forces Major General X", "Islamic Jihad's leader X".</summary>
    private Mention? TitleBefore(SentenceScope s, Mention person, out bool sawTitle)
    {
        var k = person.FirstToken - 1;

        // "Iran's Supreme Leader Ali Khamenei", the title inside the name the knowledge base knows.
        sawTitle = IsTitleWord(s, person.FirstToken) && person.EndToken - person.FirstToken > 2;
        Mention? org = null;
        Mention? country = null;
        while (k >= s.Sentence.FirstToken && person.FirstToken - k < 14)
        {
            var m = s.MentionAt(k);
            if (m is not null && m != person)
            {
                // "[President Ebrahim] Raisi": an unknown first name cut off by an editor's bracket
                // is part of the name, not another person.
                if (m.Type == EntityType.Person && !(m.Key.StartsWith("name:", StringComparison.Ordinal) && m.EndToken - m.FirstToken == 1 && s.Is(m.EndToken, "]")))
                {
                    break;
                }

                if (m.Type == EntityType.Person)
                {
                    k = m.FirstToken - 1;
                    continue;
                }

                // "Iran's envoy to Beijing, X": the body a title is sent to is not the one he serves.
                if (s.Is(m.FirstToken - 1, "to") || s.Is(m.FirstToken - 1, "the") && s.Is(m.FirstToken - 2, "to"))
                {
                    k = m.FirstToken - 1;
                    continue;
                }

                if (m.Type is EntityType.Organization or EntityType.Group)
                {
                    org ??= m;
                }
                else if (m.Type == EntityType.Country)
                {
                    country ??= m;
                }

                k = m.FirstToken - 1;
                continue;
            }

            if (IsTitleWord(s, k) || s.Word(k).Contains('-', StringComparison.Ordinal) && _titles.Contains(s.Word(k).Split('-')[0]))
            {
                sawTitle = true;
                k--;
                continue;
            }

            // "the commander of the IRGC Navy, Alireza Tangsiri", "Mali's Defence Minister, General
            // Sadio Camara": a title phrase set off by a comma.
            if (s.Is(k, ",") && (k == person.FirstToken - 1 && s.MentionAt(k - 1) is { Type: EntityType.Organization or EntityType.Group } titled && titled.Key.StartsWith("kb:", StringComparison.Ordinal)
                || org is null && country is null && k > s.Sentence.FirstToken && IsTitleWord(s, k - 1)))
            {
                k--;
                continue;
            }

            // Editors' brackets and dashes ("[President Ebrahim] Raisi", "president -- Ebraham Raisi")
            // sit between a title and its name.
            if (s.Is(k, "of", "the", "for", "'s", "’s", "to", "[", "]", "--", "-", "—", "–") || s.Context.Tokens[k].Shape == TokenShape.Capitalized)
            {
                k--;
                continue;
            }

            // "its former notorious commander X", "EU foreign policy chief X"
            if (sawTitle && s.Context.HasAnnotations && s.Context.Annotations.Upos[k] is "ADJ" or "NOUN" && s.Context.Tokens[k].Shape == TokenShape.Lower)
            {
                k--;
                continue;
            }

            if (s.Is(k, "its", "their") && sawTitle && org is null)
            {
                org = s.Mentions.LastOrDefault(m => m.EndToken <= k && m.Type is EntityType.Organization or EntityType.Group);
            }

            break;
        }

        return sawTitle ? org ?? country : null;
    }

    private static Mention? PlaceInside(SentenceScope s, Mention facility)
    {
        for (var k = facility.FirstToken; k < facility.EndToken - 1; k++)
        {
            if (!s.Is(k, "in", "near"))
            {
                continue;
            }

            for (var j = facility.EndToken - 1; j > k; j--)
            {
                foreach (var n in Gazetteer.Default.MatchSingle(s.Context.TokenText(j)))
                {
                    if (n.Entry.Type == EntityType.Place)
                    {
                        var token = s.Context.Tokens[j];
                        return new Mention(new TextSpan(token.Start, token.End), j, j + 1, EntityType.Place, MentionKind.Name, n.Entry.Key, n.Entry.Name);
                    }
                }
            }
        }

        return null;
    }

    private Mention? KbCountry(SentenceScope s, Mention person)
    {
        if (!person.Key.StartsWith("kb:", StringComparison.Ordinal) || _kb.Find(person.Key[3..])?.Country is not { } countryId)
        {
            return null;
        }

        var entry = _kb.Find(countryId);
        return entry is null ? null : new Mention(person.Span, person.FirstToken, person.EndToken, entry.Type, MentionKind.Name, entry.Key, entry.Name);
    }

    /// <summary>"X, the deputy defense minister of Iran", "X, the head of Iran's Strategic Council".</summary>
    private Mention? AppositionAfter(SentenceScope s, Mention person)
    {
        var k = person.EndToken;
        if (!s.Is(k, ","))
        {
            return null;
        }

        k++;
        var sawTitle = false;
        Mention? org = null;
        Mention? country = null;
        while (k < s.Sentence.EndToken && k - person.EndToken < 16 && !s.Is(k, ",", ";", "\"", "”", "“", "who", "which"))
        {
            // "X, met Chinese officials": a verb after the comma starts the clause, not a title.
            if (s.Context.HasAnnotations && s.Context.Annotations.Upos[k] is "VERB" or "AUX")
            {
                break;
            }

            if (IsTitleWord(s, k))
            {
                sawTitle = true;
            }

            var m = s.MentionAt(k);
            if (m is not null && m.FirstToken == k)
            {
                if (m.Type == EntityType.Person)
                {
                    return null;
                }

                // "the commander of the IRGC's Quds Force": the body after the possessive; "China's
                // ambassador to the IAEA" works for China, not for the body he is sent to.
                if (m.Type is EntityType.Organization or EntityType.Group && !s.Is(k - 1, "to") && !(s.Is(k - 1, "the") && s.Is(k - 2, "to"))
                    && (org is null || (org.EndToken == k - 1 && s.Is(k - 1, "'s", "’s", "'", "’"))))
                {
                    org = m;
                }
                else if (m.Type == EntityType.Country && m.Kind != MentionKind.Name || m.Type == EntityType.Country)
                {
                    country ??= m;
                }

                k = m.EndToken;
                continue;
            }

            k++;
        }

        return sawTitle ? org ?? country : null;
    }

    /// <summary>"X became commander of the Qods Force".</summary>
    private Mention? BecameTitle(SentenceScope s, Mention person)
    {
        var k = person.EndToken;

        // "appointed X, as the new head of the Quds Force"
        if (s.Is(k, ",") && s.Is(k + 1, "as"))
        {
            k++;
        }

        if (!s.Is(k, "became", "is", "was", "remains", "becomes", "as"))
        {
            return null;
        }

        if (!Enumerable.Range(k + 1, 3).Any(i => i < s.Sentence.EndToken && IsTitleWord(s, i)))
        {
            return null;
        }

        var of = s.FindWord(k + 1, "of", 4);
        if (of < 0)
        {
            return null;
        }

        return s.Mentions.Where(m => m.FirstToken > of && m.FirstToken <= of + 6 && m.Type is EntityType.Organization or EntityType.Group or EntityType.Country)
            .OrderBy(m => m.Type == EntityType.Country ? 1 : 0).ThenByDescending(m => m.FirstToken).FirstOrDefault();
    }

    private void FindStructural(SentenceScope s, List<ClaimDraft> found)
    {
        var ms = s.Mentions;
        for (var i = 0; i < ms.Count; i++)
        {
            var a = ms[i];
            if (a.Type is not (EntityType.Organization or EntityType.Group))
            {
                continue;
            }

            // "the Qods Force of the IRGC"
            var j = a.EndToken;
            if (s.Is(j, "of"))
            {
                var b = ms.FirstOrDefault(m => m.FirstToken == j + 1 || (m.FirstToken == j + 2 && s.Is(j + 1, "the")));
                if (b is not null && b.Type == EntityType.Organization && b.Key != a.Key)
                {
                    found.Add(new ClaimDraft(ClaimType.PartOf, a, b, null, j));
                }
            }

            // "IRGC's extra-territorial Qods Force"
            if (s.Is(j, "'s", "’s"))
            {
                var b = ms.FirstOrDefault(m => m.FirstToken > j && m.FirstToken <= j + 3 && m.Type == EntityType.Organization);
                if (b is not null && b.Key != a.Key && Enumerable.Range(j + 1, b.FirstToken - j - 1).All(k => s.Context.Tokens[k].Shape == TokenShape.Lower))
                {
                    found.Add(new ClaimDraft(ClaimType.PartOf, b, a, null, j));
                }
            }
        }

        foreach (var f in ms.Where(m => m.Type == EntityType.Facility))
        {
            // "a drone base in Kashan" as one name: the place is inside it.
            if (PlaceInside(s, f) is { } inside)
            {
                found.Add(new ClaimDraft(ClaimType.LocatedIn, f, inside, null, f.FirstToken));
                continue;
            }

            var inWord = s.FindWord(f.EndToken, "in", 12);
            if (inWord < 0)
            {
                continue;
            }

            var place = ms.Where(m => m.FirstToken > inWord && m.FirstToken <= inWord + 4 && m.Type is EntityType.Place or EntityType.Country)
                .OrderBy(m => m.Type == EntityType.Place ? 0 : 1).FirstOrDefault();
            if (place is not null)
            {
                found.Add(new ClaimDraft(ClaimType.LocatedIn, f, place, null, inWord));
            }
        }
    }

}
