using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Evaluation;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using Xunit.Abstractions;

namespace ArmsTrace.Core.Tests.Claims;

public sealed class ClaimSpecTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(PipelineResources.Bundled);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Claims"), "*.spec").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_SpecFile_FindsItsExpectedClaims(string file)
    {
        var specs = SpecFile.Read(Path.Combine(AppContext.BaseDirectory, "Specs", "Claims", file));
        int expected = 0, found = 0, known = 0;
        var problems = new List<string>();
        foreach (var spec in specs)
        {
            var context = Pipeline.Run(new SourceDocument(spec.Text, new DocumentMetadata($"{spec.File}:{spec.Line}", Published: spec.Published)));
            foreach (var e in spec.Expected)
            {
                var hit = context.Claims.Any(c => Satisfies(c, e));
                if (e.Absent)
                {
                    if (hit)
                    {
                        problems.Add($"{spec.File}:{spec.Line}: found {e}");
                        output.WriteLine(problems[^1]);
                    }

                    continue;
                }

                var marked = e.Fields.ContainsKey("miss");
                expected++;
                found += hit ? 1 : 0;
                known += marked ? 1 : 0;
                if (hit == marked)
                {
                    // A found claim still marked as a miss is as wrong as a missed one left unmarked.
                    problems.Add(hit ? $"{spec.File}:{spec.Line}: found {e}, which is marked as a known miss" : $"{spec.File}:{spec.Line}: missed {e}");
                    output.WriteLine(problems[^1]);
                    output.WriteLine("    got: " + string.Join("; ", context.Claims.Select(c => $"{c.Type.ToName()} {c.Subject.Name} -> {c.Object?.Name} {c.Stance.Coarse()} src={c.Source?.Name}")));
                }
            }
        }

        output.WriteLine($"{file}: {found}/{expected} expected claims found, {known} marked as known misses");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool Satisfies(Claim c, ExpectedClaim e)
    {
        if (c.Type.ToName() != e.Type || !Same(c.Subject.Name, e.Subject) || !Same(c.Object?.Name, e.Object))
        {
            return false;
        }

        if (e.Fields.TryGetValue("stance", out var stance) && c.Stance.Coarse() != stance)
        {
            return false;
        }

        if (e.Fields.TryGetValue("source", out var source) && !(source == "none" ? c.Source is null : Same(c.Source?.Name, source)))
        {
            return false;
        }

        return true;
    }

    private static bool Same(string? a, string b) => EvalNames.Normalize(a) == EvalNames.Normalize(b);
}
