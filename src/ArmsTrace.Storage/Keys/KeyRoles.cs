namespace ArmsTrace.Storage.Keys;

public static class KeyRoles
{
    public static IReadOnlyList<string> Names { get; } = ["reader", "analyst", "admin"];

    public static string ToName(this KeyRole role) => role.ToString().ToLowerInvariant();

    public static KeyRole? Parse(string? name) =>
        Enum.TryParse<KeyRole>(name?.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;
}
