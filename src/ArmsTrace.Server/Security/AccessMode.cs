namespace ArmsTrace.Server.Security;

/// <summary>
/// Local: no keys exist, so the server is one person's and answers only on and to this machine.
/// Keyed: keys exist, every API call names its caller, and the server may listen beyond loopback.
/// </summary>
internal enum AccessMode
{
    Local,
    Keyed,
}
