namespace ArmsTrace.Server;

/// <param name="Database">SQLite file (created when missing), or a PostgreSQL URL or connection string; see <see cref="Storage.StoreLocation"/>.</param>
/// <param name="Urls">Kestrel addresses, ";"-separated; port 0 picks a free one.</param>
/// <param name="WebRoot">Folder of the built pages; null means wwwroot next to the program.</param>
internal sealed record ServerSettings(string Database, string Urls = ServerSettings.DefaultUrls, string? WebRoot = null, bool Quiet = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5170";
}
