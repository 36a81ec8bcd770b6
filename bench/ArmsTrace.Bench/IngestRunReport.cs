namespace ArmsTrace.Bench;

/// <summary>What one `ingest-run` child reports: its own measure of the run, and each part's summed seconds.</summary>
/// <param name="RunSeconds">From opening the store to the last commit: model loading, reading, extraction and storing.</param>
/// <param name="ProcessorSeconds">The child's processor time, all threads, start-up included.</param>
/// <param name="WriterSeconds">Processor time of the main thread, which loads the models, reads the input and stores.</param>
/// <param name="CompilerSeconds">Processor time of the runtime's background (tiered) compilation thread.</param>
/// <param name="Parts">Seconds per stage of the pipeline, "prepare rows", "read input" and "store", summed over threads.</param>
internal sealed record IngestRunReport(
    double RunSeconds,
    double ProcessorSeconds,
    double WriterSeconds,
    double CompilerSeconds,
    long PeakWorkingSet,
    int Added,
    int Claims,
    int Errors,
    Dictionary<string, double> Parts);
