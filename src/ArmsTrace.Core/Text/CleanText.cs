namespace ArmsTrace.Core.Text;

/// <summary>
/// The text extraction reads: HTML entities decoded and boilerplate lines marked, with a map
/// back to raw offsets so evidence always points into the document as stored.
/// </summary>
public sealed class CleanText
{
    private readonly int[] _toRaw;
    private readonly TextSpan[] _boilerplate;

    public CleanText(string value, int[] toRaw, IReadOnlyList<TextSpan> boilerplate)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(toRaw);
        if (toRaw.Length != value.Length + 1)
        {
            throw new ArgumentException("The offset map needs one entry per character plus the end.", nameof(toRaw));
        }

        Value = value;
        _toRaw = toRaw;
        _boilerplate = [.. boilerplate];
    }

    public string Value { get; }

    /// <summary>Clean spans that hold boilerplate (copyright, app promotions, "Source »" lines).</summary>
    public IReadOnlyList<TextSpan> Boilerplate => _boilerplate;

    public static CleanText Identity(string text)
    {
        var map = new int[text.Length + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = i;
        }

        return new CleanText(text, map, []);
    }

    public int ToRaw(int cleanOffset) => _toRaw[cleanOffset];

    public TextSpan ToRaw(TextSpan clean) => new(_toRaw[clean.Start], _toRaw[clean.End]);

    public ReadOnlySpan<char> Slice(TextSpan span) => Value.AsSpan(span.Start, span.Length);

    public bool IsBoilerplate(int cleanOffset)
    {
        foreach (var span in _boilerplate)
        {
            if (span.Contains(cleanOffset))
            {
                return true;
            }
        }

        return false;
    }
}
