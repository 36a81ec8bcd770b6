using ArmsTrace.Bench;
using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "ingest")
{
    return IngestThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "ingest-run")
{
    return IngestThroughput.RunOnce(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "nlp")
{
    return NlpThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "dedup")
{
    return DedupBench.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "export")
{
    return ExportThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "export-run")
{
    return ExportThroughput.RunOnce(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "load")
{
    return LoadTest.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "generate")
{
    return GenerateCommand.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "latency")
{
    return LatencyBench.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "screen")
{
    return ScreeningThroughput.Run(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusThroughput).Assembly).Run(args);
return 0;
