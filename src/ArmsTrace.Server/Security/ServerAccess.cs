namespace ArmsTrace.Server.Security;

/// <summary>The access mode the server started in, as a service the middleware and endpoints ask for.</summary>
internal sealed record ServerAccess(AccessMode Mode);
