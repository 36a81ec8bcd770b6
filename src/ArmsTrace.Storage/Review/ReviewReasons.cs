using System.Globalization;

namespace ArmsTrace.Storage.Review;

/// <summary>The reasons a claim stands where it does in the queue, in words, strongest first.</summary>
internal static class ReviewReasons
{
    public static IReadOnlyList<string> Of(QueueRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"extractor confidence {row.Confidence:0.00}"),
        };
        if (row.Disputed > 0)
        {
            reasons.Add("the fact is both asserted and denied");
        }

        if (row.Documents == 1)
        {
            reasons.Add("only one document says it");
        }

        if (row.NewEntity > 0)
        {
            reasons.Add("an end the knowledge base does not know");
        }

        if (row.Degree >= ReviewSql.HubClaims)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"touches a hub with {row.Degree} claims"));
        }

        return reasons;
    }
}
