namespace ArmsTrace.Server.Security;

/// <summary>The server was asked to start in a way that would be unsafe; the message says what to do instead.</summary>
internal sealed class ServerSetupException(string message) : Exception(message);
