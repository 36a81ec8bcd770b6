using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>A document as stored, with raw-text offsets of its mentions, claims and boilerplate lines.</summary>
internal sealed record DocumentView(
    string Key,
    int Version,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    string Text,
    IReadOnlyList<StoredMention> Mentions,
    IReadOnlyList<StoredClaim> Claims,
    IReadOnlyList<TextRange> Boilerplate);
