namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>The entity types the recogniser learns and the BIO tag set built from them.</summary>
internal static class EntityTypes
{
    public static readonly string[] Types = ["PER", "ORG", "LOC"];

    public static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    /// <summary>Maps a corpus tag to our tag set; other types (MISC, OTH, stray B-O) become O.</summary>
    public static string Normalise(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        var type = tag[2..];
        return type is "PER" or "ORG" or "LOC" ? tag : "O";
    }
}
