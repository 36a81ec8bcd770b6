using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Reading;

/// <summary>Tokenizes the clean text, leaving boilerplate spans out.</summary>
public sealed class TokenizerStage : IPipelineStage
{
    private readonly Tokenizer _tokenizer;

    public TokenizerStage(Tokenizer? tokenizer = null) => _tokenizer = tokenizer ?? Tokenizer.Default;

    public string Name => "tokenizer";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.CleanText];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Tokens];

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        var text = context.Clean.Value;
        var position = 0;
        foreach (var skip in context.Clean.Boilerplate)
        {
            _tokenizer.Tokenize(text, position, skip.Start, context.Tokens);
            position = Math.Max(position, skip.End);
        }

        _tokenizer.Tokenize(text, position, text.Length, context.Tokens);
    }
}
