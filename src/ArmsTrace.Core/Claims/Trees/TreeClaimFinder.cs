using System.Collections.Frozen;
using System.Globalization;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// Finds claims by matching the patterns of lexicons/claim-patterns.txt against a parsed
/// sentence: a trigger word by lemma and part of speech, then each slot filled from the
/// trigger's logical arguments.
/// </summary>
internal sealed class TreeClaimFinder
{
    private readonly ClaimPatternSet _patterns;
    private readonly ReferenceResolver _resolver = new();
    private readonly TreeAttribution _attribution = new();
    private readonly FrozenSet<string> _stateActs = Lexicon.Words("state-acts.txt");

    public TreeClaimFinder(ClaimPatternSet? patterns = null)
    {
        _patterns = patterns ?? ClaimPatternSet.Default;
    }

    public ReferenceResolver Resolver => _resolver;

    /// <summary>Who asserts a claim drawn from the token at <paramref name="t"/> by other means (a compound, a title), or null.</summary>
    public Attribution? Attribute(DependencyTree tree, int t) => _attribution.Speaker(tree, t, _resolver);

    /// <summary>A speaker confirming or denying what the sentences before said ("X confirmed this matter"), or null.</summary>
    public Attribution? Echo(DependencyTree tree) => _attribution.Echo(tree, _resolver);

    /// <summary>
    /// Whether the token is a trigger some tree pattern reads: a verb or noun with that lemma. A
    /// verb parsed as an adjective right after a noun ("firms supplied drone components to") is the
    /// parser's usual misreading of a finite verb, so the words get their say there too.
    /// </summary>
    public bool Reads(DependencyTree tree, int t)
    {
        var upos = tree.Upos(t);
        return upos is UposTags.Noun or UposTags.Verb && IsFreeWord(tree, t) && _patterns.Find(tree.Lemma(t), upos == UposTags.Noun).Count > 0
            && !(upos == UposTags.Verb && tree.Rel(t) == Relations.Amod && t > tree.Sentence.FirstToken && tree.Upos(t - 1) is UposTags.Noun or UposTags.Propn);
    }

    public void Find(DependencyTree tree, List<ClaimDraft> found)
    {
        FindGroupWeapons(tree, found);
        var args = new List<Argument>();
        var subjects = new List<Mention>();
        var objects = new List<Mention>();
        var items = new List<Mention>();
        for (var t = tree.Sentence.FirstToken; t < tree.Sentence.EndToken; t++)
        {
            var upos = tree.Upos(t);
            var noun = upos == UposTags.Noun;
            if (!noun && upos != UposTags.Verb || !IsFreeWord(tree, t))
            {
                continue;
            }

            var patterns = _patterns.Find(tree.Lemma(t), noun);
            if (patterns.Count == 0)
            {
                continue;
            }

            args.Clear();
            PredicateArguments.Collect(tree, t, noun, args);
            Attribution? attribution = null;
            Stance? own = null;
            var attributed = false;
            var done = new HashSet<ClaimType>();

            // "US sanctions target Russia's drone production": sanctions that hit or target something
            // do not attack it.
            var penalty = patterns.Any(p => p.Type == ClaimType.Sanction && p.When is { } w && Meets(tree, args, w));
            foreach (var pattern in patterns)
            {
                // Patterns of one type are alternatives; another type is another claim ("fired a drone at").
                if (done.Contains(pattern.Type) || (pattern.When is { } when && !Meets(tree, args, when)) || (penalty && pattern.Type == ClaimType.Attack))
                {
                    continue;
                }

                subjects.Clear();
                objects.Clear();
                items.Clear();
                var subjectToken = Fill(tree, args, pattern.Subject, subjects, null, found);
                if (subjects.Count == 0 && FirstPerson(tree, args) && _attribution.Speaker(tree, t, _resolver)?.Source is { } speaker
                    && ReferenceResolver.SpeakersSide(tree.KnowledgeBase, speaker) is { } side)
                {
                    subjects.Add(side);
                }

                if (subjects.Count == 0)
                {
                    continue;
                }

                // "six individuals based in Iran": a person is where he lives, which is no located_in fact.
                if (pattern.Type == ClaimType.LocatedIn)
                {
                    subjects.RemoveAll(m => m.Type == EntityType.Person);
                    if (subjects.Count == 0)
                    {
                        continue;
                    }
                }

                if (noun && _stateActs.Contains(tree.Lemma(t)))
                {
                    LeadersAsStates(tree.KnowledgeBase, subjects);
                }

                Fill(tree, args, pattern.Object, objects, subjects);

                // "six entities based in Iran and China": a described party spread over several places.
                if (pattern.Type == ClaimType.LocatedIn && objects.Count > 1)
                {
                    subjects.RemoveAll(m => EntityKey.IsPhrase(m.Key));
                    if (subjects.Count == 0)
                    {
                        continue;
                    }
                }
                var itemToken = pattern.Item is null ? -1 : Fill(tree, args, pattern.Item, items, subjects);
                if (objects.Count == 0 && !(pattern.Type == ClaimType.Supply && items.Count > 0))
                {
                    continue;
                }

                if (!attributed)
                {
                    attribution = _attribution.Speaker(tree, t, _resolver);
                    own = _attribution.OwnStance(tree, t);
                    attributed = true;
                }

                var item = items.Count > 0 ? items[0] : null;
                var quantity = itemToken >= 0 && item is not null ? Quantity(tree, itemToken, item) : null;
                // "firms in Iran, China and Turkey" are spread over the places, not in each: only a
                // described party in one place is located there.
                foreach (var phrase in subjects.Concat(objects))
                {
                    if (DescriptivePhrase.PlacesIn(tree, phrase).ToList() is [var place])
                    {
                        found.Add(new ClaimDraft(ClaimType.LocatedIn, phrase, place, null, t));
                    }
                }

                foreach (var s in subjects)
                {
                    if (objects.Count == 0)
                    {
                        found.Add(new ClaimDraft(pattern.Type, s, null, item, t) { Attribution = attribution, OwnStance = own, Quantity = quantity });
                    }

                    foreach (var o in objects)
                    {
                        if (o.Key != s.Key)
                        {
                            found.Add(new ClaimDraft(pattern.Type, s, o, item, t) { Attribution = attribution, OwnStance = own, Quantity = quantity });
                        }
                    }
                }

                // "Houthi drones struck the base": the attackers used the drones.
                if (pattern.Type == ClaimType.Attack && tree.MentionAt(subjectToken) is { Type: EntityType.Weapon } weapon)
                {
                    foreach (var s in subjects)
                    {
                        found.Add(new ClaimDraft(ClaimType.Use, s, weapon, null, t) { Attribution = attribution, OwnStance = own });
                    }
                }

                // "drone strikes on", "attacked the port with missiles", "an attack using cruise
                // missiles": the attacker used the weapon.
                if (pattern.Type == ClaimType.Attack)
                {
                    foreach (var w in AttackWeapons(tree, t, noun))
                    {
                        foreach (var s in subjects)
                        {
                            found.Add(new ClaimDraft(ClaimType.Use, s, w, null, t) { Attribution = attribution, OwnStance = own });
                        }
                    }
                }

                done.Add(pattern.Type);
            }
        }
    }

    private List<Mention> AttackWeapons(DependencyTree tree, int t, bool noun)
    {
        var weapons = new List<Mention>();
        foreach (var c in tree.Children(t))
        {
            var rel = tree.Rel(c);
            var weaponWord = noun && rel is Relations.Compound or Relations.Amod
                || tree.BaseRel(c) is Relations.Obl or Relations.Nmod && tree.CaseMarker(c) is var with and >= 0 && (tree.WordIs(with, "with") || tree.WordIs(with, "using"));
            if (weaponWord)
            {
                _resolver.Resolve(tree, c, SlotKind.Weapon, weapons);
            }
            else if (!noun && tree.BaseRel(c) is Relations.Obl && tree.CaseMarker(c) is var inWord and >= 0 && tree.WordIs(inWord, "in")
                && _patterns.Find(tree.Lemma(c), noun: true) is [{ Type: ClaimType.Attack }, ..])
            {
                // "killed three soldiers in a drone attack": the weapon named on the attack.
                foreach (var g in tree.Children(c))
                {
                    if (tree.Rel(g) is Relations.Compound or Relations.Amod)
                    {
                        _resolver.Resolve(tree, g, SlotKind.Weapon, weapons);
                    }
                }
            }
            else if (tree.BaseRel(c) is Relations.Acl or Relations.Advcl or Relations.Xcomp && tree.Lemma(c) == "use")
            {
                foreach (var g in tree.Children(c))
                {
                    if (tree.Rel(g) == Relations.Obj)
                    {
                        _resolver.Resolve(tree, g, SlotKind.Weapon, weapons);
                    }
                }
            }
        }

        return weapons;
    }

    /// <summary>"Putin's war in Ukraine": a known leader waging a war stands for his state.</summary>
    private static void LeadersAsStates(KnowledgeBase kb, List<Mention> subjects)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i].Type == EntityType.Person && ReferenceResolver.SpeakersSide(kb, subjects[i]) is { Type: EntityType.Country } state)
            {
                subjects[i] = state;
            }
        }
    }

    /// <summary>
    /// "shot down four Houthi drones", "a Hezbollah rocket": an armed group named on a weapon is
    /// the one that used it. (A state so named may have made or sold it instead.)
    /// </summary>
    private void FindGroupWeapons(DependencyTree tree, List<ClaimDraft> found)
    {
        for (var t = tree.Sentence.FirstToken; t < tree.Sentence.EndToken; t++)
        {
            if (tree.MentionAt(t) is not { Type: EntityType.Weapon } weapon || weapon.EndToken != t + 1)
            {
                continue;
            }

            foreach (var c in tree.Children(t))
            {
                if (tree.Rel(c) is Relations.Compound or Relations.Amod or Relations.NmodPoss && tree.MentionAt(c) is { Type: EntityType.Group } group && group != weapon)
                {
                    var attribution = _attribution.Speaker(tree, t, _resolver);
                    found.Add(new ClaimDraft(ClaimType.Use, group, weapon, null, t) { Attribution = attribution, OwnStance = _attribution.OwnStance(tree, tree.Head(t) < 0 ? t : tree.Head(t)) });
                }
            }
        }
    }

    /// <summary>
    /// A word no name covers, or a one-word weapon name the tagger reads as a verb ("Iran funds and
    /// arms Hamas"): the name stays in the document's entities, the word acts as a trigger.
    /// </summary>
    private static bool IsFreeWord(DependencyTree tree, int t) =>
        tree.MentionAt(t) is not { } m || (m.Type == EntityType.Weapon && m.FirstToken == t && m.EndToken == t + 1 && tree.Upos(t) == UposTags.Verb);

    private static bool Meets(DependencyTree tree, List<Argument> args, PatternCondition when)
    {
        foreach (var (role, token) in args)
        {
            if (when.Roles.Contains(role) && when.Lemmas.Contains(tree.Lemma(token)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FirstPerson(DependencyTree tree, List<Argument> args)
    {
        foreach (var (role, token) in args)
        {
            if (role == ArgumentRole.Agent && (tree.WordIs(token, "we") || tree.WordIs(token, "our")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fills a slot from the first role that yields names; returns the token that did, or -1.</summary>
    /// <remarks>
    /// A weapon slot takes every token of the role that yields one ("launched dozens of rockets and
    /// a drone"); a party slot stops at the first, since later tokens of a role are fallbacks.
    /// </remarks>
    /// <param name="found">The claims found so far in this sentence, for a role read from the discourse ("sanctioner").</param>
    private int Fill(DependencyTree tree, List<Argument> args, PatternSlot slot, List<Mention> into, List<Mention>? exclude, List<ClaimDraft>? found = null)
    {
        foreach (var role in slot.Roles)
        {
            var first = -1;
            foreach (var (r, token) in args)
            {
                if (r != role)
                {
                    continue;
                }

                var before = into.Count;
                _resolver.Resolve(tree, token, slot.Kind, into);
                if (exclude is not null)
                {
                    into.RemoveAll(m => exclude.Exists(e => e.Key == m.Key));
                }

                if (into.Count > before && first < 0)
                {
                    first = token;
                }

                if (first >= 0 && slot.Kind != SlotKind.Weapon)
                {
                    ReferenceResolver.ExtendList(tree, slot.Kind, into);
                    return first;
                }
            }

            if (first >= 0)
            {
                return first;
            }

            if (role == ArgumentRole.Sanctioner && found is not null && LastSanctioner(tree, found) is { } sanctioner && !into.Contains(sanctioner))
            {
                into.Add(sanctioner);
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "X was also designated", "the sanctions target X": the body that the document's latest
    /// sanction before this sentence, or one found earlier in it, was imposed by.
    /// </summary>
    private static Mention? LastSanctioner(DependencyTree tree, List<ClaimDraft> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Type == ClaimType.Sanction)
            {
                return found[i].Subject;
            }
        }

        var claims = tree.Context.Claims;
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Type == ClaimType.Sanction && claims[i].Evidence.Start < tree.Sentence.Span.Start)
            {
                var s = claims[i].Subject;
                foreach (var m in tree.Context.Mentions)
                {
                    if (m.Key == s.Key)
                    {
                        return m;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"46 drones", "1,000 Shahed drones": a number modifying the item's head word.</summary>
    private static ClaimQuantity? Quantity(DependencyTree tree, int itemToken, Mention item)
    {
        foreach (var c in tree.Children(itemToken))
        {
            if (tree.Rel(c) != Relations.Nummod)
            {
                continue;
            }

            var text = tree.Word(c);
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                var scale = Scale(tree, c);
                return new ClaimQuantity(value * scale, item.CanonicalName, text.ToString() + " " + tree.Context.Clean.Slice(item.Span).ToString());
            }
        }

        return null;
    }

    /// <summary>"1.5 million": a scale word attached to the number.</summary>
    private static decimal Scale(DependencyTree tree, int number)
    {
        foreach (var c in tree.Children(number))
        {
            if (tree.WordIs(c, "thousand"))
            {
                return 1_000m;
            }

            if (tree.WordIs(c, "million"))
            {
                return 1_000_000m;
            }

            if (tree.WordIs(c, "billion"))
            {
                return 1_000_000_000m;
            }
        }

        return 1m;
    }
}
