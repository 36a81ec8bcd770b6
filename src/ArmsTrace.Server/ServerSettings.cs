namespace ArmsTrace.Server;

/// <param name="Database">SQLite file (created when missing), or a PostgreSQL URL or connection string; see <see cref="Storage.StoreLocation"/>.</param>
/// <param name="Urls">Kestrel addresses, ";"-separated; port 0 picks a free one.</param>
/// <param name="WebRoot">Folder of the built pages; null means wwwroot next to the program.</param>
/// <param name="RequestsPerSecond">Requests a caller (a key, or an address without one) may make each second, with bursts of twice that.</param>
/// <param name="WritesPerMinute">Posted documents and sign-ins a caller may make each minute.</param>
internal sealed record ServerSettings(
    string Database,
    string Urls = ServerSettings.DefaultUrls,
    string? WebRoot = null,
    bool Quiet = false,
    int RequestsPerSecond = 1000,
    int WritesPerMinute = 60)
{
    public const string DefaultUrls = "http://127.0.0.1:5170";
}
