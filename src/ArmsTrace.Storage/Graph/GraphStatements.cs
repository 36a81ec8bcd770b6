namespace ArmsTrace.Storage.Graph;

/// <summary>
/// One database's statements for <see cref="SqlEvidenceGraph"/>. Parameters: the claim conditions
/// (@anyType, @types, @anyStance, @stances, @sourceKey, @from, @to) where claims are filtered,
/// @entityKey, @subjectKey and @targetKey where claims are found,
/// @centre, @limit and @touching (1: the claims touching the centre, 0: the others) for a neighbourhood's claims,
/// only @anyType, @types, @anyStance, @stances and @keys for the kept edge counts,
/// @keys as a list of entity keys, @limit and @offset for pages, @key and @id for one document.
/// </summary>
internal sealed record GraphStatements(
    string FindClaims,
    string ClaimsTouching,
    string ClaimsWithin,
    string CentreClaims,
    string ClaimsWithinByDate,
    string EdgesWithin,
    string EdgesTouching,
    string EdgeCountsWithin,
    string EdgeCountsTouching,
    string Documents,
    string Document,
    string DocumentMentions,
    string DocumentClaims,
    string Entities,
    string EntityClaims,
    string StreamClaims,
    string StreamEntities)
{
    /// <summary>The highest claim id: how many claims were ever stored, as deletions leave gaps; one probe of the key.</summary>
    public const string LastClaimId = "SELECT COALESCE(MAX(id), 0) FROM claims";

    public GraphStatements In(ClaimView view) => view == ClaimView.Reviewed ? this : new(
        ClaimViews.Apply(FindClaims, view),
        ClaimViews.Apply(ClaimsTouching, view),
        ClaimViews.Apply(ClaimsWithin, view),
        ClaimViews.Apply(CentreClaims, view),
        ClaimViews.Apply(ClaimsWithinByDate, view),
        ClaimViews.Apply(EdgesWithin, view),
        ClaimViews.Apply(EdgesTouching, view),
        ClaimViews.Apply(EdgeCountsWithin, view),
        ClaimViews.Apply(EdgeCountsTouching, view),
        ClaimViews.Apply(Documents, view),
        Document,
        DocumentMentions,
        ClaimViews.Apply(DocumentClaims, view),
        ClaimViews.Apply(Entities, view),
        ClaimViews.Apply(EntityClaims, view),
        ClaimViews.Apply(StreamClaims, view),
        ClaimViews.Apply(StreamEntities, view));
}
