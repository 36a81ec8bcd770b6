namespace ArmsTrace.Storage.Keys;

/// <summary>A key just made; <see cref="Secret"/> is shown this once and never stored.</summary>
public sealed record NewApiKey(ApiKey Key, string Secret);
