namespace ArmsTrace.Storage.Lists;

/// <summary>A list file that cannot be read; the message names the file, and the line where there is one.</summary>
internal sealed class ListImportException : Exception
{
    public ListImportException()
    {
    }

    public ListImportException(string message)
        : base(message)
    {
    }

    public ListImportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
