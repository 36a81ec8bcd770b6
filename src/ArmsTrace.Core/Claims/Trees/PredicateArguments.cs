using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// The logical arguments of a trigger word: who acts (agent), what is acted on (patient), and the
/// phrases its prepositions head, undoing passive voice, relative and reduced relative clauses,
/// and subjects shared through coordination or control ("Iran plans to sell", "built and sold").
/// </summary>
internal static class PredicateArguments
{
    private static readonly FrozenDictionary<string, ArgumentRole>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new[]
    {
        ArgumentRole.To, ArgumentRole.From, ArgumentRole.With, ArgumentRole.On, ArgumentRole.Against, ArgumentRole.In, ArgumentRole.Into, ArgumentRole.Of,
        ArgumentRole.For, ArgumentRole.By, ArgumentRole.At, ArgumentRole.Via, ArgumentRole.Through, ArgumentRole.Toward, ArgumentRole.Towards, ArgumentRole.Onto,
        ArgumentRole.Upon, ArgumentRole.Inside, ArgumentRole.Within,
    }.ToFrozenDictionary(r => r.ToString(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Observers = Lexicon.Words("observer-verbs.txt")
        .Concat(Lexicon.Table("reporting-lemmas.txt").Keys)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonAgents =
        Lexicon.Words("non-agent-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Receiving =
        Lexicon.Words("receiving-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Destinations =
        Lexicon.Words("destination-participles.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Accusations =
        Lexicon.Words("accusation-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the arguments of the trigger <paramref name="p"/> to <paramref name="into"/>.</summary>
    public static void Collect(DependencyTree tree, int p, bool noun, List<Argument> into)
    {
        if (noun)
        {
            CollectNoun(tree, p, into);
        }
        else
        {
            CollectVerb(tree, p, into, depth: 0);
        }
    }

    public static bool IsPassive(DependencyTree tree, int v) =>
        tree.HasChild(v, Relations.AuxPass) || tree.HasChild(v, Relations.NsubjPass) || tree.HasChild(v, Relations.CsubjPass)
        || (tree.BaseRel(v) is Relations.Acl && tree.Rel(v) != Relations.AclRelcl && tree.Xpos(v) == XposTags.Vbn && !tree.HasChild(v, Relations.Obj))
        || (tree.Rel(v) == Relations.Amod && tree.Xpos(v) == XposTags.Vbn);

    /// <summary>The agent of a verb, for callers that need only it (a noun's governor, a reporting verb's speaker).</summary>
    public static int Agent(DependencyTree tree, int v)
    {
        var agents = new List<int>();
        Agents(tree, v, agents);
        return agents.Count > 0 ? agents[0] : -1;
    }

    /// <summary>Every token the verb's agent role points at, best first.</summary>
    public static void Agents(DependencyTree tree, int v, List<int> into)
    {
        var list = new List<Argument>();
        CollectVerb(tree, v, list, depth: 0);
        foreach (var (role, token) in list)
        {
            if (role == ArgumentRole.Agent)
            {
                into.Add(token);
            }
        }
    }

    private static void CollectVerb(DependencyTree tree, int v, List<Argument> into, int depth)
    {
        var passive = IsPassive(tree, v);
        var hasAgent = false;
        var hasPatient = false;
        var patient = -1;
        foreach (var c in tree.Children(v))
        {
            var rel = tree.Rel(c);
            switch (rel)
            {
                case Relations.Nsubj when !passive:
                case Relations.OblAgent:
                    into.Add(new(ArgumentRole.Agent, c));
                    hasAgent = true;
                    break;
                case Relations.NsubjPass:
                    into.Add(new(ArgumentRole.Patient, c));
                    hasPatient = true;
                    patient = c;
                    break;
                case Relations.Obj when !passive || AmongThose(tree, v):
                    into.Add(new(ArgumentRole.Patient, c));
                    hasPatient = true;
                    patient = c;
                    break;
                case Relations.Iobj:
                    into.Add(new(ArgumentRole.IndirectObject, c));
                    break;
                // "blacklisted Iran's Shahed Aviation Industries" parsed as a bare obl: an
                // unmarked noun phrase after an active verb is its object.
                case Relations.Obl when !passive && !tree.HasChild(v, Relations.Obj) && c > v && Preposition(tree, c) is null && tree.CaseMarker(c) < 0
                    && tree.Upos(c) is UposTags.Noun or UposTags.Propn && tree.MentionAt(c) is { Type: not (EntityType.Other or EntityType.Place) }:
                    into.Add(new(ArgumentRole.Patient, c));
                    hasPatient = true;
                    patient = c;
                    break;
                default:
                    if (tree.BaseRel(c) is Relations.Obl or Relations.Nmod or Relations.Obj && Preposition(tree, c) is { } prep)
                    {
                        if (prep == ArgumentRole.By && passive)
                        {
                            into.Add(new(ArgumentRole.Agent, c));
                            hasAgent = true;
                        }
                        else
                        {
                            into.Add(new(prep, c));
                        }

                        // "killed in a US air strike": an unnamed means whose modifier names who used it.
                        if (prep is ArgumentRole.In or ArgumentRole.By or ArgumentRole.With && tree.Upos(c) == UposTags.Noun && tree.MentionAt(c) is null)
                        {
                            into.Add(new(ArgumentRole.Instrument, c));
                        }
                    }

                    break;
            }
        }

        // "sold to Venezuela by Iran": the parser may hang the "by" phrase on the phrase before it.
        if (passive && !hasAgent)
        {
            foreach (var c in tree.Children(v))
            {
                foreach (var g in tree.Children(c))
                {
                    if (tree.BaseRel(g) is Relations.Nmod or Relations.Obl && Preposition(tree, g) == ArgumentRole.By)
                    {
                        into.Add(new(ArgumentRole.Agent, g));
                        hasAgent = true;
                    }
                }
            }
        }

        if (patient >= 0)
        {
            // "an Iranian drone that Russia acquired": the relative word stands for the noun.
            var thing = IsRelativeWord(tree, patient) && tree.Rel(v) == Relations.AclRelcl && tree.Head(v) >= 0 ? tree.Head(v) : patient;
            AddUsers(tree, thing, into);

            // "bought Iranian drones": the party that modifies a weapon bought is its origin.
            if (tree.MentionAt(thing) is { Type: EntityType.Weapon })
            {
                into.Add(new(ArgumentRole.Origin, thing));
            }
        }

        // "Russia uses the drones under the name...", with "drones" hung elsewhere: the noun
        // phrase right after an active verb without an object is its object.
        if (!passive && !hasPatient && !HasMarkedClause(tree, v))
        {
            // Past a particle ("handed over dozens of tanks"), "about", and participles used as
            // adjectives ("about 100 captured Western weapons").
            var k = v + 1;
            var particle = -1;
            if (tree.Contains(k) && (tree.WordIs(k, "over") || tree.WordIs(k, "out") || tree.WordIs(k, "off") || tree.WordIs(k, "back")))
            {
                particle = k++;
            }

            while (tree.Contains(k) && (tree.Upos(k) is UposTags.Det or UposTags.Adj or UposTags.Num || (tree.Upos(k) == UposTags.Pron && tree.Rel(k) == Relations.NmodPoss)
                || tree.WordIs(k, "about") || tree.WordIs(k, "some") || (tree.Xpos(k) is XposTags.Vbn or XposTags.Vbd && tree.Upos(k + 1) is UposTags.Adj or UposTags.Noun or UposTags.Propn)))
            {
                k++;
            }

            var marker = tree.Contains(k) ? tree.CaseMarker(k) : -1;
            if (tree.Contains(k) && tree.Upos(k) is UposTags.Noun or UposTags.Propn && (marker < 0 || marker == particle) && (tree.Head(k) != v || marker == particle))
            {
                into.Add(new(ArgumentRole.Patient, k));
                hasPatient = true;
                patient = k;
            }
        }

        // The parser often hangs "to Russia" on the object ("supplied drones to Russia"), or on
        // the "of" phrase of a quantity ("shipped millions of shells to Russia"), which is then
        // the thing acted on as well.
        // "Iran funds and arms Hamas": a verb without an object shares the next coordinated verb's.
        if (!hasPatient && !passive)
        {
            foreach (var c in tree.Children(v))
            {
                if (tree.Rel(c) == Relations.Conj && c > v && tree.IsVerbal(c) && tree.FirstChild(c, Relations.Obj) is var shared and >= 0)
                {
                    into.Add(new(ArgumentRole.Patient, shared));
                    hasPatient = true;
                    patient = shared;
                    break;
                }
            }
        }

        // ... and on the objects coordinated with it ("dozens of rockets and a drone at Israel"),
        // or on an apposition after the object ("shipped sodium perchlorate, a fuel ingredient,
        // to Iran"), which the parser may hang on the verb.
        var holders = patient >= 0 ? new List<int> { patient } : [];
        if (patient >= 0)
        {
            foreach (var c in tree.Children(patient))
            {
                if (tree.Rel(c) is Relations.Conj or Relations.Appos)
                {
                    holders.Add(c);
                }
            }

            foreach (var c in tree.Children(v))
            {
                if (tree.Rel(c) is Relations.Parataxis or Relations.Appos && tree.Upos(c) == UposTags.Noun && c > patient)
                {
                    holders.Add(c);
                }
            }
        }

        foreach (var holder in holders)
        {
            foreach (var c in tree.Children(holder))
            {
                if (tree.BaseRel(c) is not Relations.Nmod || Preposition(tree, c) is not { } prep)
                {
                    continue;
                }

                if (prep != ArgumentRole.Of)
                {
                    into.Add(new(prep, c));
                    continue;
                }

                into.Add(new(ArgumentRole.Patient, c));
                AddUsers(tree, c, into);

                // "received its first shipment of Iran-made drones": the weapon inside tells the seller too.
                if (tree.MentionAt(c) is { Type: EntityType.Weapon })
                {
                    into.Add(new(ArgumentRole.Origin, c));
                }

                foreach (var g in tree.Children(c))
                {
                    if (tree.BaseRel(g) is Relations.Nmod && Preposition(tree, g) is { } inner and not ArgumentRole.Of)
                    {
                        into.Add(new(inner, g));
                    }
                }
            }
        }

        var head = tree.Head(v);
        var relToHead = tree.Rel(v);
        if (!hasPatient && head >= 0)
        {
            if ((passive && tree.BaseRel(v) is Relations.Acl or Relations.Amod) || (relToHead == Relations.AclRelcl && hasAgent && !RelativeSubject(tree, v)))
            {
                // "drones supplied by Iran", "a drone that Russia acquired": the noun described.
                into.Add(new(ArgumentRole.Patient, head));
                AddUsers(tree, head, into);
                if (tree.MentionAt(head) is { Type: EntityType.Weapon })
                {
                    into.Add(new(ArgumentRole.Origin, head));
                }
            }
            else if (passive && relToHead is Relations.Ccomp or Relations.Xcomp && tree.Rel(head) == Relations.AclRelcl && tree.Head(head) >= 0 && HasRelativeWord(tree, head))
            {
                // "Kataib Hezbollah, which Washington says is armed by Iran": the relative word
                // stands for the noun even inside the clause reported within the relative clause.
                into.Add(new(ArgumentRole.Patient, tree.Head(head)));
            }
        }

        // A clause with a subject of its own ("when Soleimani was killed") shares no agent with
        // the clause it hangs on.
        // "uses materials that are imported from China": who holds the thing the clause describes.
        if (passive && !hasAgent && head >= 0 && tree.BaseRel(v) is Relations.Acl && tree.Rel(head) == Relations.Obj && tree.Head(head) is var holderVerb and >= 0 && tree.IsVerbal(holderVerb))
        {
            var holder = Agent(tree, holderVerb);
            if (holder >= 0)
            {
                into.Add(new(ArgumentRole.Holder, holder));
            }
        }

        // "Turkey delivered drones, and Kyiv later used them", with "Kyiv" misattached: a name
        // right before a coordinated verb is its own subject, not the first verb's.
        // "said Iran's Revolutionary Guard Corps have used drones", with the name and the verb both
        // hung on "said": the name is the verb's subject.
        if (!hasAgent && !passive && NounJustBefore(tree, v, afterComma: false) is var own and >= 0 && tree.MentionAt(own) is not null
            && (relToHead == Relations.Conj || (relToHead == Relations.Ccomp && tree.Head(own) == head && tree.Rel(own) is Relations.Ccomp or Relations.Dep or Relations.Parataxis)))
        {
            into.Add(new(ArgumentRole.Agent, own));
            hasAgent = true;
        }

        if (!hasAgent && head >= 0 && depth < 3 && !HasOwnSubject(tree, v))
        {
            if (relToHead is Relations.Acl && tree.Xpos(v) == XposTags.Vbg && tree.Rel(head) == Relations.Obj && tree.Head(head) is var launcher and >= 0 && tree.IsVerbal(launcher)
                && ClaimPatternSet.Default.Find(tree.Lemma(head), noun: true) is [{ Type: ClaimType.Attack }, ..])
            {
                // "launched an attack using cruise missiles": who launched the attack uses them.
                AddAgentsOf(tree, launcher, into);
            }
            else if (relToHead is Relations.Acl && MarkedBy(tree, v, "to") && tree.Rel(head) == Relations.Obj && tree.Head(head) is var user and >= 0 && IsUsage(tree, user))
            {
                // "used drones to attack US forces", with the purpose hung on the drones: the user attacks.
                AddAgentsOf(tree, user, into);
            }
            else if (relToHead is Relations.Acl && !passive && tree.Xpos(v) is XposTags.Vbn or XposTags.Vbd && hasPatient)
            {
                // "The Ethiopian air force used drones" misread as a reduced relative: with an
                // object of its own, the clause is active and the noun it hangs on acts.
                into.Add(new(ArgumentRole.Agent, head));
            }
            else if (relToHead is Relations.Acl && !passive && tree.Xpos(v) == XposTags.Vbg)
            {
                // "the UAE was accused by UN experts of sending weapons", with "of sending" hung on
                // the experts: the accused sends.
                var governor = tree.Head(head);
                if (MarkedBy(tree, v, "of") && tree.Rel(head) == Relations.OblAgent && governor >= 0 && tree.FirstChild(governor, Relations.NsubjPass) is var accused and >= 0)
                {
                    into.Add(new(ArgumentRole.Agent, accused));
                }

                // "the UK had no intention of lifting sanctions": whoever holds the intention acts.
                if (tree.MentionAt(head) is null && tree.Rel(head) == Relations.Obj && governor >= 0 && tree.IsVerbal(governor) && MarkedBy(tree, v, "of")
                    && !Accusations.Contains(tree.Lemma(governor)))
                {
                    var agent = Agent(tree, governor);
                    if (agent >= 0)
                    {
                        into.Add(new(ArgumentRole.Agent, agent));
                    }
                }

                into.Add(new(ArgumentRole.Agent, head));
            }
            else if ((relToHead is Relations.Xcomp || (relToHead is Relations.Advcl && (MarkedBy(tree, v, "of") || MarkedBy(tree, v, "for") || MarkedBy(tree, v, "as"))))
                && tree.IsVerbal(head) && (tree.FirstChild(head, Relations.Obj) is var obj and >= 0 ? obj : tree.FirstChild(head, Relations.NsubjPass)) is var controller and >= 0
                && tree.MentionAt(controller) is not { Type: EntityType.Weapon })
            {
                // "helped the Houthis use drones", "accused Iran of supplying drones", "sanctioned
                // firms for selling parts", "quoted X as saying", "the UAE was accused of sending":
                // with an object (or a passive subject), that one does the controlled act. A weapon
                // does not ("used Iranian drones to strike a base"): the subject acts through it.
                into.Add(new(ArgumentRole.Agent, controller));
            }
            else if (relToHead is Relations.Advcl or Relations.Xcomp && tree.Upos(head) == UposTags.Adj && tree.WordIs(head, "responsible") && MarkedBy(tree, v, "for"))
            {
                // "Mado, the company responsible for manufacturing engines": who is responsible does it.
                var holder = tree.FirstChild(head, Relations.Nsubj) is var responsible and >= 0 ? responsible : tree.Head(head);
                if (holder >= 0)
                {
                    into.Add(new(ArgumentRole.Agent, holder));
                }
            }
            else if (relToHead is Relations.Conj or Relations.Xcomp or Relations.Advcl && (tree.IsVerbal(head) || tree.HasChild(head, Relations.Cop)))
            {
                // "drones used by Iran to attack tankers": a purpose clause on a passive verb is its "by" agent's act.
                var subject = relToHead != Relations.Conj && MarkedBy(tree, v, "to") && IsPassive(tree, head) && ByAgent(tree, head) is var by and >= 0
                    ? by
                    : SurfaceSubject(tree, head);

                // "X appeared in court, accused of smuggling parts": a participle clause without a
                // subject of its own takes that of the clause it hangs on.
                if (subject < 0 && tree.Rel(head) == Relations.Advcl && tree.Xpos(head) == XposTags.Vbn && tree.Head(head) is var outer and >= 0 && tree.IsVerbal(outer))
                {
                    subject = SurfaceSubject(tree, outer);
                }
                if (subject >= 0)
                {
                    into.Add(new(ArgumentRole.Agent, subject));
                }
                else if (relToHead == Relations.Conj)
                {
                    // "was armed by Iran and fired a drone": after a passive, the one acted on acts next.
                    var shared = IsPassive(tree, head) && !passive ? ArgumentRole.Patient : ArgumentRole.Agent;
                    var inherited = new List<Argument>();
                    CollectVerb(tree, head, inherited, depth + 1);
                    foreach (var (role, token) in inherited)
                    {
                        if (role == shared)
                        {
                            into.Add(new(ArgumentRole.Agent, token));
                        }
                    }
                }
            }
        }

        // "the Houthis fired cruise missiles" misread as "fired cruise missiles" being a kind of
        // missile: a verb parsed as an adjective right after a name is that name's act on the noun.
        if (!hasAgent && tree.Rel(v) == Relations.Amod && NounJustBefore(tree, v, afterComma: false) is var doer and >= 0 && tree.MentionAt(doer) is not null)
        {
            into.Add(new(ArgumentRole.Agent, doer));
            if (!hasPatient && head >= 0)
            {
                into.Add(new(ArgumentRole.Patient, head));
            }
        }

        // A finite verb the parser left without a subject ("and Russian officers even visited",
        // with "officers" hung elsewhere): the noun just before it is its subject.
        if (!hasAgent && !passive && tree.Xpos(v) is XposTags.Vbd or XposTags.Vbz or XposTags.Vbp && !into.Exists(a => a.Role == ArgumentRole.Agent))
        {
            var k = NounJustBefore(tree, v, afterComma: true);
            if (k >= 0)
            {
                into.Add(new(ArgumentRole.Agent, k));
            }
        }
    }

    private static void CollectNoun(DependencyTree tree, int n, List<Argument> into)
    {
        // "the Quds Force, an elite unit of the IRGC", "Kataib Hezbollah is a member of the PMF",
        // "which is one of the branches of the air force": the name the noun describes.
        var described = tree.Head(n);
        var describing = n;
        if (described >= 0 && tree.Rel(n) is Relations.Nmod && Preposition(tree, n) == ArgumentRole.Of && tree.Upos(described) is UposTags.Num or UposTags.Pron && tree.WordIs(described, "one"))
        {
            describing = described;
            described = tree.Head(described);
        }

        if (tree.Rel(describing) == Relations.Appos && described >= 0)
        {
            into.Add(new(ArgumentRole.Described, described));
        }
        else if (tree.HasChild(describing, Relations.Cop) && tree.FirstChild(describing, Relations.Nsubj) is var copularSubject and >= 0)
        {
            into.Add(new(ArgumentRole.Described, copularSubject));
        }
        else if (tree.Rel(n) is Relations.Compound or Relations.Flat && described >= 0 && tree.MentionAt(described) is { Type: EntityType.Person })
        {
            // "Commerce Secretary Gina Raimondo": a title word the parser hangs on the name it precedes.
            into.Add(new(ArgumentRole.Described, described));
        }

        // "Iran's ambassador to Moscow, Kazem Jalali": the name set off after the title.
        foreach (var c in tree.Children(n))
        {
            // The parser may read the set-off name as coordinated: a comma right before it and no "and".
            if ((tree.Rel(c) == Relations.Appos || (tree.Rel(c) == Relations.Conj && tree.WordIs(c - 1, ",") && !tree.HasChild(c, Relations.Cc)))
                && tree.MentionAt(c) is { Type: EntityType.Person })
            {
                into.Add(new(ArgumentRole.Described, c));
            }
        }

        foreach (var c in tree.Children(n))
        {
            var rel = tree.Rel(c);
            if (rel == Relations.NmodPoss)
            {
                into.Add(new(ArgumentRole.Possessor, c));
            }
            else if (rel is Relations.Amod or Relations.Compound)
            {
                into.Add(new(ArgumentRole.Modifier, c));
            }
            else if (tree.BaseRel(c) is Relations.Nmod && Preposition(tree, c) is { } prep)
            {
                into.Add(new(prep, c));

                // "sales of its drones to Arab countries": the parser hangs "to" on the "of" phrase.
                if (prep == ArgumentRole.Of)
                {
                    foreach (var g in tree.Children(c))
                    {
                        if (tree.BaseRel(g) is Relations.Nmod && Preposition(tree, g) is { } inner and not ArgumentRole.Of)
                        {
                            into.Add(new(inner, g));
                        }
                    }
                }
            }
        }

        foreach (var c in tree.Children(n))
        {
            // "sanctions imposed by the Trump administration"
            if (tree.BaseRel(c) is Relations.Acl && tree.Xpos(c) == XposTags.Vbn)
            {
                foreach (var g in tree.Children(c))
                {
                    if (IsByPhrase(tree, g))
                    {
                        into.Add(new(ArgumentRole.By, g));
                    }
                    else if (tree.BaseRel(g) is Relations.Obl && Preposition(tree, g) is { } bound and (ArgumentRole.For or ArgumentRole.To) && Destinations.Contains(tree.Lemma(c)))
                    {
                        // "an arms shipment intended for Hezbollah", "a consignment bound for Yemen"
                        into.Add(new(bound, g));
                    }
                }
            }
        }

        AddResponsible(tree, n, into);

        // "a rocket barrage that killed a US contractor": what the act's own clause struck.
        foreach (var c in tree.Children(n))
        {
            if (tree.Rel(c) == Relations.AclRelcl && RelativeSubject(tree, c) && ClaimPatternSet.Default.Find(tree.Lemma(c), noun: false) is [{ Type: ClaimType.Attack }, ..]
                && tree.FirstChild(c, Relations.Obj) is var struck and >= 0)
            {
                into.Add(new(ArgumentRole.On, struck));
            }
        }

        // "the regime, which has been rocked by sanctions", "a base hit by strikes": what the
        // noun acts on is what the passive verb it is the agent of says was acted on.
        var phrase = n;
        if (tree.BaseRel(n) is Relations.Nmod && Preposition(tree, n) == ArgumentRole.Of && tree.Head(n) is var quantity and >= 0 && tree.Upos(quantity) == UposTags.Noun && tree.MentionAt(quantity) is null)
        {
            // "rocked by a slew of sanctions": the quantity word heads the phrase.
            phrase = quantity;
        }

        var governorVerb = tree.Head(phrase);
        if (governorVerb >= 0 && IsPassive(tree, governorVerb) && IsByPhrase(tree, phrase))
        {
            var acted = new List<Argument>();
            CollectVerb(tree, governorVerb, acted, depth: 1);
            foreach (var (role, token) in acted)
            {
                if (role == ArgumentRole.Patient)
                {
                    into.Add(new(ArgumentRole.On, token));
                }
            }
        }

        // "Beijing has been pushing sales of drones", "the US imposed sanctions on Iran": the
        // noun's actor is the subject of the verb it is the object of.
        var head = tree.Head(n);
        if (head >= 0 && tree.Rel(n) is Relations.Obj && tree.IsVerbal(head) && !Observers.Contains(tree.Lemma(head)) && !NonAgents.Contains(tree.Lemma(head)))
        {
            // "Hamas received funding from Qatar": who receives the act is its recipient, not its doer.
            var agent = Agent(tree, head);
            if (agent >= 0)
            {
                into.Add(new(Receiving.Contains(tree.Lemma(head)) ? ArgumentRole.Recipient : ArgumentRole.Governor, agent));
            }

            foreach (var c in tree.Children(head))
            {
                if (tree.BaseRel(c) is Relations.Obl && Preposition(tree, c) is { } prep and not ArgumentRole.By)
                {
                    into.Add(new(prep, c));
                }
            }
        }
    }

    /// <summary>
    /// "the drones used by the militias were supplied by China": who uses a thing someone supplied
    /// received it. Adds the "by" phrase of a usage verb (a use pattern's lemma) describing the thing.
    /// </summary>
    private static void AddUsers(DependencyTree tree, int thing, List<Argument> into)
    {
        // "weapons supplied by Tehran were used by the Russian military", "Russia fired drones
        // supplied by Iran": the thing is the usage verb's own object.
        var governor = tree.Head(thing);
        if (governor >= 0 && IsUsage(tree, governor))
        {
            foreach (var g in tree.Children(governor))
            {
                if ((tree.Rel(thing) == Relations.NsubjPass && IsByPhrase(tree, g))
                    || (tree.Rel(thing) == Relations.Obj && tree.BaseRel(g).SequenceEqual(Relations.Nsubj)))
                {
                    into.Add(new(ArgumentRole.User, g));
                }
            }
        }

        foreach (var c in tree.Children(thing))
        {
            if (tree.BaseRel(c) is not Relations.Acl || tree.Xpos(c) != XposTags.Vbn || !IsUsage(tree, c))
            {
                continue;
            }

            foreach (var g in tree.Children(c))
            {
                if (IsByPhrase(tree, g))
                {
                    into.Add(new(ArgumentRole.User, g));
                }
            }
        }
    }

    /// <summary>
    /// Who an act is laid at: "X was behind the attack", "blamed X for the attack", "X claimed
    /// responsibility for the attack", "the attack was blamed on X", "blamed the attack on X" or
    /// "attributed to X".
    /// </summary>
    private static void AddResponsible(DependencyTree tree, int n, List<Argument> into)
    {
        if (tree.HasChild(n, Relations.Case) && tree.CaseMarker(n) is var behind and >= 0 && tree.WordIs(behind, "behind") && tree.FirstChild(n, Relations.Nsubj) is var doer and >= 0)
        {
            into.Add(new(ArgumentRole.Responsible, doer));
            return;
        }

        var head = tree.Head(n);
        if (head < 0)
        {
            return;
        }

        var prep = Preposition(tree, n);

        // "blames the militia for a rocket barrage", with the "for" phrase hung on the one blamed.
        if (prep == ArgumentRole.For && tree.Rel(head) == Relations.Obj && tree.Head(head) is var blaming and >= 0 && tree.IsVerbal(blaming) && Accusations.Contains(tree.Lemma(blaming)))
        {
            into.Add(new(ArgumentRole.Responsible, head));
        }
        else if (prep == ArgumentRole.For && tree.IsVerbal(head) && tree.FirstChild(head, Relations.Obj) is var claimedThing and >= 0 && tree.WordIs(claimedThing, "responsibility"))
        {
            // "claimed responsibility for the attack", with the "for" phrase hung on the verb.
            var agent = Agent(tree, head);
            if (agent >= 0)
            {
                into.Add(new(ArgumentRole.Responsible, agent));
            }
        }
        else if (prep == ArgumentRole.For && tree.IsVerbal(head) && Accusations.Contains(tree.Lemma(head)))
        {
            var accused = tree.FirstChild(head, Relations.Obj) is var obj and >= 0 ? obj : tree.FirstChild(head, Relations.NsubjPass);
            if (accused < 0 && tree.BaseRel(head) is Relations.Acl && IsPassive(tree, head))
            {
                // "the militia blamed for a rocket attack"
                accused = tree.Head(head);
            }

            if (accused >= 0)
            {
                into.Add(new(ArgumentRole.Responsible, accused));
            }
        }
        else if (prep == ArgumentRole.For && tree.WordIs(head, "responsibility") && tree.Head(head) is var claimed and >= 0 && tree.IsVerbal(claimed))
        {
            var agent = Agent(tree, claimed);
            if (agent >= 0)
            {
                into.Add(new(ArgumentRole.Responsible, agent));
            }
        }
        else if (tree.Rel(n) is Relations.NsubjPass or Relations.Obj && tree.Lemma(head) is "blame" or "attribute" or "pin")
        {
            foreach (var c in tree.Children(head))
            {
                if (tree.BaseRel(c) is Relations.Obl && Preposition(tree, c) is ArgumentRole.On or ArgumentRole.To)
                {
                    into.Add(new(ArgumentRole.Responsible, c));
                }
            }
        }
    }

    private static bool IsUsage(DependencyTree tree, int v) =>
        tree.IsVerbal(v) && ClaimPatternSet.Default.Find(tree.Lemma(v), noun: false) is [{ Type: ClaimType.Use }, ..];

    /// <summary>The noun or name right before a verb (past adverbs, auxiliaries and a name's closing comma) that could be its subject, or -1.</summary>
    private static int NounJustBefore(DependencyTree tree, int v, bool afterComma)
    {
        var k = v - 1;
        while (tree.Contains(k) && tree.Upos(k) is UposTags.Adv or UposTags.Aux)
        {
            k--;
        }

        // "..., Ghazanfar Roknabadi Industries, provides": a name closed by its comma.
        if (afterComma && tree.WordIs(k, ",") && tree.MentionAt(k - 1) is { } name && name.EndToken == k)
        {
            k--;
        }

        return tree.Contains(k) && tree.Upos(k) is UposTags.Noun or UposTags.Propn && tree.Rel(k) is not (Relations.Obj or Relations.NsubjPass or Relations.Compound) ? k : -1;
    }

    /// <summary>A clause complement with its own marker ("said that...", "plans to...").</summary>
    private static bool HasMarkedClause(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.Rel(c) is Relations.Ccomp or Relations.Xcomp && tree.HasChild(c, Relations.Mark))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRelativeWord(DependencyTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.Upos(c) == UposTags.Pron && IsRelativeWord(tree, c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MarkedBy(DependencyTree tree, int v, string word)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.Rel(c) is Relations.Mark or Relations.Case && tree.WordIs(c, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOwnSubject(DependencyTree tree, int v) =>
        tree.HasChild(v, Relations.Nsubj) || tree.HasChild(v, Relations.NsubjPass) || tree.HasChild(v, Relations.Csubj) || tree.HasChild(v, Relations.Expl);

    private static bool RelativeSubject(DependencyTree tree, int v)
    {
        var s = tree.FirstChild(v, Relations.Nsubj);
        return s >= 0 && tree.Upos(s) == UposTags.Pron && IsRelativeWord(tree, s);
    }

    public static bool IsRelativeWord(DependencyTree tree, int t) =>
        tree.WordIs(t, "which") || tree.WordIs(t, "who") || tree.WordIs(t, "that") || tree.WordIs(t, "whom") || tree.WordIs(t, "whose");

    /// <summary>
    /// "Among those sanctioned are X and Y": the parser hangs the names on the participle as its
    /// object; they are the ones acted on.
    /// </summary>
    private static bool AmongThose(DependencyTree tree, int v)
    {
        var those = tree.Head(v);
        if (those < 0 || !(tree.WordIs(those, "those") || tree.WordIs(those, "them")))
        {
            return false;
        }

        var among = tree.Head(those);
        return (among >= 0 && tree.WordIs(among, "among")) || (tree.CaseMarker(those) is var marker and >= 0 && tree.WordIs(marker, "among"));
    }

    private static void AddAgentsOf(DependencyTree tree, int verb, List<Argument> into)
    {
        var agents = new List<int>();
        Agents(tree, verb, agents);
        foreach (var a in agents)
        {
            into.Add(new(ArgumentRole.Agent, a));
        }
    }

    /// <summary>A passive's "by" phrase, whether the parser labelled it obl:agent or a plain obl.</summary>
    private static bool IsByPhrase(DependencyTree tree, int c) =>
        tree.Rel(c) == Relations.OblAgent || (tree.BaseRel(c) is Relations.Obl && Preposition(tree, c) == ArgumentRole.By);

    private static int ByAgent(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (IsByPhrase(tree, c))
            {
                return c;
            }
        }

        return -1;
    }

    private static int SurfaceSubject(DependencyTree tree, int v)
    {
        var s = tree.FirstChild(v, Relations.Nsubj);
        return s >= 0 ? s : tree.FirstChild(v, Relations.NsubjPass);
    }

    private static ArgumentRole? Preposition(DependencyTree tree, int nominal)
    {
        var marker = tree.CaseMarker(nominal);

        // "by Shahed Aviation Industries" with "by" hung on a word inside the name.
        if (marker < 0 && tree.MentionAt(nominal) is { } name)
        {
            for (var t = name.FirstToken; t < name.EndToken && marker < 0; t++)
            {
                var m = tree.CaseMarker(t);
                marker = m >= 0 && m < name.FirstToken ? m : -1;
            }
        }

        return marker >= 0 && Prepositions.TryGetValue(tree.Word(marker), out var prep) ? prep : null;
    }
}
