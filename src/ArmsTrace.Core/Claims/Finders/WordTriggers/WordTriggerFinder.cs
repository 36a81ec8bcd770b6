using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Finders.WordTriggers;

/// <summary>
/// The word patterns around lexicons/triggers.txt: they add only what the tree missed and does
/// not contradict.
/// </summary>
internal sealed class WordTriggerFinder : IClaimFinder
{
    public string Name => "word-trigger";

    private readonly TriggerLexicon _triggers;
    private readonly TreeClaimFinder _trees;

    public WordTriggerFinder(TriggerLexicon triggers, TreeClaimFinder trees)
    {
        _triggers = triggers;
        _trees = trees;
    }

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        FindTriggeredWhereTreeFailed(s, tree, found);
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
                TriggerArguments.Apply(s, t, trigger, found);
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
            // "Houthi targets", "Iranian strikes": a name the parser hangs on the noun as its
            // modifier makes a noun phrase, not a subject.
            if (_trees.Reads(tree, d.Trigger)
                || (upos[d.Trigger] == UposTags.Noun && (d.Trigger == s.Sentence.FirstToken || upos[d.Trigger - 1] is not (UposTags.Noun or UposTags.Propn or UposTags.Pron)
                    || (tree.Head(d.Trigger - 1) == d.Trigger && tree.Rel(d.Trigger - 1) is Relations.Compound or Relations.Amod))))
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
}
