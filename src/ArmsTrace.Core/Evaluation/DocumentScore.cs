namespace ArmsTrace.Core.Evaluation;

/// <summary>
/// Counts for one document (or all): required gold found, required gold, predictions matching
/// no gold, and agreement counts over required gold found that carries the field.
/// </summary>
public sealed record DocumentScore(
    string Document,
    int Found,
    int Required,
    int FalsePositives,
    int StanceAgreed,
    int StanceChecked,
    int SourceAgreed,
    int SourceChecked,
    int ItemAgreed,
    int ItemChecked)
{
    public double Precision => Found + FalsePositives == 0 ? 0 : (double)Found / (Found + FalsePositives);

    public double Recall => Required == 0 ? 0 : (double)Found / Required;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;

    public static DocumentScore Sum(string name, IEnumerable<DocumentScore> scores)
    {
        var list = scores.ToList();
        return new DocumentScore(
            name,
            list.Sum(s => s.Found),
            list.Sum(s => s.Required),
            list.Sum(s => s.FalsePositives),
            list.Sum(s => s.StanceAgreed),
            list.Sum(s => s.StanceChecked),
            list.Sum(s => s.SourceAgreed),
            list.Sum(s => s.SourceChecked),
            list.Sum(s => s.ItemAgreed),
            list.Sum(s => s.ItemChecked));
    }
}
