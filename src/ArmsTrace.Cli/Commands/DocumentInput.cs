using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Cli.Commands;

/// <summary>Loads documents for a command, reporting each problem on stderr as it goes, escaped for the terminal.</summary>
internal sealed class DocumentInput
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public IEnumerable<SourceDocument> Load(IReadOnlyList<string> paths, LoadOptions options, TextWriter errors)
    {
        foreach (var result in new DocumentLoader().Load(paths, options))
        {
            switch (result)
            {
                case LoadedDocument loaded:
                    foreach (var w in loaded.Warnings)
                    {
                        Warnings++;
                        errors.WriteLine(TerminalText.Escape($"{loaded.Path}: warning: {w}"));
                    }

                    yield return loaded.Document;
                    break;
                case LoadFailure failure:
                    if (failure.IsWarning)
                    {
                        Warnings++;
                    }
                    else
                    {
                        Errors++;
                    }

                    errors.WriteLine(TerminalText.Escape(failure.ToString()));
                    break;
            }
        }
    }
}
