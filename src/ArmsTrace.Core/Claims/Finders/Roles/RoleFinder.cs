using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Finders.Roles;

/// <summary>
/// Titles before and appositions after a person's name, and "X became commander of Y": the body
/// the person serves.
/// </summary>
internal sealed class RoleFinder : IClaimFinder
{
    public string Name => "role";

    private readonly TitleReader _titles = new();
    private readonly KnowledgeBase _kb;

    public RoleFinder(KnowledgeBase kb)
    {
        _kb = kb;
    }

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        foreach (var person in s.Mentions.Where(m => m.Type == EntityType.Person))
        {
            // The knowledge base's country for a titled person ("President X") only when the text
            // names no body for the title ("X, the commander of the Quds Force").
            var org = _titles.TitleBefore(s, person, out var titled) ?? _titles.AppositionAfter(s, person) ?? _titles.BecameTitle(s, person);
            if (org is not null)
            {
                // The title rules read the words around the name; a tree pattern's other body for the
                // same person ("deputy director of the Washington office of X") is the worse reading.
                found.RemoveAll(d => d.Type == ClaimType.Role && d.Subject.Key == person.Key && d.Object?.Key != org.Key);
                found.Add(new ClaimDraft(ClaimType.Role, person, org, null, person.FirstToken));
            }
            else if (titled && !found.Exists(d => d.Type == ClaimType.Role && d.Subject.Key == person.Key) && KbCountry(person) is { } country)
            {
                found.Add(new ClaimDraft(ClaimType.Role, person, country, null, person.FirstToken));
            }
        }
    }

    private Mention? KbCountry(Mention person)
    {
        if (_kb.FindByKey(person.Key)?.Country is not { } countryId)
        {
            return null;
        }

        var entry = _kb.Find(countryId);
        return entry is null ? null : new Mention(person.Span, person.FirstToken, person.EndToken, entry.Type, MentionKind.Name, entry.Key, entry.Name);
    }
}
