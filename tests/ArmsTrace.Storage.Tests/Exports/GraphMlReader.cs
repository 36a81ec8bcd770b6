using System.Diagnostics;
using System.Text.Json;

namespace ArmsTrace.Storage.Tests.Exports;

/// <summary>
/// Reads a GraphML file with graphology-graphml (npm, installed with the web pages' packages) under
/// node, so the export is checked by a reader other tools use, not by our own string handling.
/// Returns {type, nodes:[{key, ...data}], edges:[{key, source, target, ...data}]}.
/// </summary>
internal static class GraphMlReader
{
    private const string Script = """
        import fs from 'node:fs';
        import { createRequire } from 'node:module';
        const require = createRequire(process.argv[2] + '/');
        const Graph = require('graphology');
        const { parse } = require('graphology-graphml');
        const g = parse(Graph, fs.readFileSync(process.argv[3], 'utf8'), { addMissingNodes: false });
        const nodes = [];
        g.forEachNode((key, attrs) => nodes.push({ key, ...attrs }));
        const edges = [];
        g.forEachEdge((key, attrs, source, target) => edges.push({ key, source, target, ...attrs }));
        fs.writeFileSync(process.argv[4], JSON.stringify({ type: g.type, nodes, edges }));
        """;

    public static JsonElement Read(string graphMlPath)
    {
        var modules = NodeModules();
        var folder = Path.Combine(Path.GetTempPath(), "armstrace-graphml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var script = Path.Combine(folder, "read.mjs");
            var output = Path.Combine(folder, "graph.json");
            File.WriteAllText(script, Script);
            using var node = Process.Start(new ProcessStartInfo("node", [script, modules, graphMlPath, output]) { RedirectStandardError = true })!;
            var error = node.StandardError.ReadToEnd();
            Assert.True(node.WaitForExit(60_000), "node did not finish reading the GraphML");
            Assert.True(node.ExitCode == 0, $"graphology-graphml could not read {graphMlPath}: {error}");
            using var doc = JsonDocument.Parse(File.ReadAllText(output));
            return doc.RootElement.Clone();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string NodeModules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "ArmsTrace.Server", "web", "node_modules");
            if (Directory.Exists(Path.Combine(candidate, "graphology-graphml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/ArmsTrace.Server/web/node_modules/graphology-graphml is missing: run npm ci in src/ArmsTrace.Server/web (the Server build does)");
    }
}
