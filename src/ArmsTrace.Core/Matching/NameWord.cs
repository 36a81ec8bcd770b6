namespace ArmsTrace.Core.Matching;

/// <param name="Text">Folded word.</param>
/// <param name="Key">What it must equal in another name to count as the same word: its variant group or consonant skeleton.</param>
/// <param name="Weight">1, or less for words many names share ("Force", "Company").</param>
/// <param name="Grouped">Whether <see cref="Key"/> comes from a variant group, which then decides alone.</param>
/// <param name="Skeleton">The consonant skeleton, for words outside every group.</param>
internal sealed record NameWord(string Text, string Key, float Weight, bool Grouped, string Skeleton)
{
    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
}
