namespace ArmsTrace.Storage.Keys;

/// <summary>What a key may do, each role including the ones before it: read; also write (ingest); also administer.</summary>
public enum KeyRole
{
    Reader,
    Analyst,
    Admin,
}
