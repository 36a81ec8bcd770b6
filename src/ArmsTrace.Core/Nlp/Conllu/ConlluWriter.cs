using System.Globalization;

namespace ArmsTrace.Core.Nlp.Conllu;

/// <summary>Writes analysed sentences as CoNLL-U, one word per line.</summary>
internal static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence, string? text = null, IReadOnlyList<string>? misc = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        if (text is not null)
        {
            writer.Write("# text = ");
            writer.WriteLine(text);
        }

        for (var i = 0; i < sentence.Length; i++)
        {
            writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(sentence.Forms[i]);
            writer.Write('\t');
            writer.Write(sentence.Lemmas[i]);
            writer.Write('\t');
            writer.Write(sentence.Upos[i]);
            writer.Write('\t');
            writer.Write(sentence.Xpos[i]);
            writer.Write("\t_\t");
            writer.Write((sentence.Heads[i] + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(sentence.Deprels[i]);
            writer.Write("\t_\t");
            writer.WriteLine(misc is null ? "_" : misc[i]);
        }

        writer.WriteLine();
    }
}
