using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Matching;
using Xunit.Abstractions;

namespace ArmsTrace.Core.Tests.Matching;

public sealed class NameMatcherTests(ITestOutputHelper output)
{
    public static TheoryData<int, bool, string, string> Pairs()
    {
        var data = new TheoryData<int, bool, string, string>();
        foreach (var p in NamePairs.Read("name-pairs.tsv"))
        {
            data.Add(p.Line, p.Merge, p.A, p.B);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Match_LabelledPair_AgreesWithLabel(int line, bool merge, string a, string b)
    {
        var forward = NameMatcher.Compare(a, b);
        var backward = NameMatcher.Compare(b, a);
        var why = $"line {line}: {a} / {b}: {forward.Score} ({string.Join("; ", forward.Reasons)})";
        Assert.True(forward.IsMatch == merge, why);
        Assert.Equal(forward.IsMatch, backward.IsMatch);
    }

    [Fact]
    public void Pairs_AtLeastOneHundred_BothKinds()
    {
        var pairs = NamePairs.Read("name-pairs.tsv").ToList();
        Assert.True(pairs.Count >= 100);
        Assert.Contains(pairs, p => p.Merge);
        Assert.Contains(pairs, p => !p.Merge);
    }

    [Fact]
    public void Match_QodsAndQuds_MergeWithReason()
    {
        var m = NameMatcher.Compare("Qods Force", "Quds Force");
        Assert.True(m.IsMatch);
        Assert.Contains(m.Reasons, r => r.Contains("quds", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_WrongIrgcExpansion_SaysSameInitials()
    {
        var m = NameMatcher.Compare("International Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps");
        Assert.True(m.IsMatch);
        Assert.Contains(m.Reasons, r => r.Contains("IRGC", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_Rank_IsIgnoredAndReported()
    {
        var m = NameMatcher.Compare("Major General Hossein Salami", "Hossein Salami");
        Assert.Equal(1.0, m.Score);
        Assert.Contains(m.Reasons, r => r.Contains("major", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_PersonAgainstOrganisation_StaysApart()
    {
        var m = NameMatcher.Compare("Shahed", "Shahed", new MatchFacts(EntityType.Person), new MatchFacts(EntityType.Organization));
        Assert.False(m.IsMatch);
    }

    [Fact]
    public void Match_BirthDatesDiffer_StaysApart()
    {
        var m = NameMatcher.Compare("Ali Reza Tangsiri", "Alireza Tangsiri", new MatchFacts(BirthDate: "1962"), new MatchFacts(BirthDate: "1975-03-01"));
        Assert.False(m.IsMatch);
    }

    [Fact]
    public void Pairs_PrecisionAndRecall_AboveFloor()
    {
        var pairs = NamePairs.Read("name-pairs.tsv").Concat(NamePairs.Read("variant-pairs.tsv")).ToList();
        var (tp, fp, fn) = (0, 0, 0);
        foreach (var p in pairs)
        {
            var merged = NameMatcher.Compare(p.A, p.B).IsMatch;
            if (merged && p.Merge)
            {
                tp++;
            }
            else if (merged)
            {
                fp++;
                output.WriteLine($"false merge {p.File}:{p.Line}: {p.A} / {p.B}");
            }
            else if (p.Merge)
            {
                fn++;
                output.WriteLine($"missed {p.File}:{p.Line}: {p.A} / {p.B}");
            }
        }

        var precision = (double)tp / Math.Max(1, tp + fp);
        var recall = (double)tp / Math.Max(1, tp + fn);
        output.WriteLine($"{pairs.Count} pairs: precision {precision:0.000}, recall {recall:0.000}");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.85, $"recall {recall:0.000}");
    }
}
