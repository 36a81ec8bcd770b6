namespace ArmsTrace.Storage;

/// <summary>The store cannot be used: a file that is not a database, a schema newer than this program.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
