namespace ArmsTrace.Core.Nlp.Ner;

internal static class NerExperiment
{
    public static bool Wide = Flag("NER_WIDE");
    public static bool Parse = Flag("NER_PARSE");
    public static bool Clusters = Flag("NER_CLUSTERS");
    public static bool Spelling = Flag("NER_SPELLING");
    public static bool Stack = Flag("NER_STACK");
    public static bool DocNames = Flag("NER_DOCNAMES");
    public static bool Gaz2 = Flag("NER_GAZ2");
    public static bool List = Flag("NER_LIST");
    public static bool Sent = Flag("NER_SENT");
    public static bool Run = Flag("NER_RUN");
    public static bool Geo = Flag("NER_GEO");
    public static float OutsideBias;
    public static int Iterations = Int("NER_IT", 8);

    private static bool Flag(string name) => Environment.GetEnvironmentVariable(name) == "1";

    public static int Int(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;
}
