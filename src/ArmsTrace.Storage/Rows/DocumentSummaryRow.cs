using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Rows;

internal sealed class DocumentSummaryRow
{
    public string Key { get; set; } = string.Empty;

    public long Version { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public long Claims { get; set; }

    public DocumentSummary ToRecord() => new(Key, (int)Version, Title, Outlet, Published, Claims);
}
