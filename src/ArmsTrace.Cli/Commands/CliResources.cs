using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// The one <see cref="PipelineResources"/> a command runs with: the bundled knowledge base and the
/// user's folders named by ARMSTRACE_KB, read on first use.
/// </summary>
internal static class CliResources
{
    private static readonly Lazy<PipelineResources> LazyPipeline =
        new(() => PipelineResources.WithUserFolders(Environment.GetEnvironmentVariable(KnowledgeBase.UserFoldersVariable)));

    public static PipelineResources Pipeline => LazyPipeline.Value;
}
