namespace ArmsTrace.Storage.Review;

/// <summary>The names judgements are stored and typed under.</summary>
public static class JudgementActions
{
    public static string ToName(this JudgementAction action) => action switch
    {
        JudgementAction.Accept => "accept",
        JudgementAction.Reject => "reject",
        _ => "edit",
    };

    /// <summary>accept, reject or edit in any case; null for anything else.</summary>
    public static JudgementAction? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "accept" => JudgementAction.Accept,
        "reject" => JudgementAction.Reject,
        "edit" => JudgementAction.Edit,
        _ => null,
    };

    /// <summary>rename, retype, country or parent in any case; null for anything else.</summary>
    public static EntityAction? ParseEntity(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "rename" => EntityAction.Rename,
        "retype" => EntityAction.Retype,
        "country" => EntityAction.Country,
        "parent" => EntityAction.Parent,
        _ => null,
    };

    public static string ToName(this EntityAction action) => action.ToString().ToLowerInvariant();
}
