namespace ArmsTrace.Core.Nlp.Ner;

internal static class NerExperiment
{
    public static bool Wide = Flag("NER_WIDE");
    public static bool Parse = Flag("NER_PARSE");
    public static bool Clusters = Flag("NER_CLUSTERS");
    public static bool Spelling = Flag("NER_SPELLING");
    public static bool Stack = Flag("NER_STACK");
    public static bool Geo = Flag("NER_GEO");
    public static int Iterations = Int("NER_IT", 8);

    private static bool Flag(string name) => Environment.GetEnvironmentVariable(name) == "1";

    public static int Int(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;
}
