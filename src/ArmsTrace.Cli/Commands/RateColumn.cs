using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArmsTrace.Cli.Commands;

/// <summary>Documents a second, for the ingest progress bar (Spectre's own speed column counts bytes).</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0.0} docs/s") : "-", Style.Plain);
    }
}
