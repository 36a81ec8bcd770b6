using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;

namespace ArmsTrace.Core.Tests.Extraction;

public sealed class PipelineResourcesTests
{
    [Fact]
    public void WithUserFolders_EntryInFolder_RecognisedByThePipelineMadeFromThem()
    {
        var folder = Directory.CreateTempSubdirectory("armstrace-kb-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "extra.jsonl"), "{\"id\": \"test-depot\", \"name\": \"Kestrel Ridge Depot\", \"type\": \"facility\", \"country\": \"iran\"}\n");
            var document = new SourceDocument("Iran expanded the Kestrel Ridge Depot last year.", new DocumentMetadata("t.txt"));

            var mine = DefaultPipeline.Create(PipelineResources.WithUserFolders(folder)).Run(document);
            var bundled = DefaultPipeline.Create(PipelineResources.Bundled).Run(document);

            Assert.Contains(mine.Entities, e => e.Key == "kb:test-depot");
            Assert.DoesNotContain(bundled.Entities, e => e.Key == "kb:test-depot");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WithUserFolders_None_IsTheBundledResources() =>
        Assert.Same(PipelineResources.Bundled, PipelineResources.WithUserFolders(null));
}
