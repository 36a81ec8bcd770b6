using ArmsTrace.Core.Origins;

namespace ArmsTrace.Core.Tests.Origins;

public sealed class TextSignatureTests
{
    private const string Report = "Customs officers in the port city seized a shipment of engine parts that investigators say were bound for a drone factory. "
        + "The crates were declared as farm machinery, and the inspectors only opened them after a tip from a foreign partner service. "
        + "A spokesman for the prosecutor's office said charges against two freight agents were being prepared.";

    [Fact]
    public void Similarity_SameTextRecased_IsOne()
    {
        var a = TextSignature.Of(Report)!;
        var b = TextSignature.Of(Report.ToUpperInvariant().Replace(",", " ;", StringComparison.Ordinal))!;
        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(a.BandKeys(), b.BandKeys());
    }

    [Fact]
    public void Similarity_ReprintWithSmallEdits_IsAboveTheCopyThreshold()
    {
        var reprint = "Evening Wire staff report\n" + Report.Replace("seized", "impounded", StringComparison.Ordinal) + " This story has been updated.";
        Assert.InRange(TextSignature.Of(Report)!.Similarity(TextSignature.Of(reprint)!), 0.5, 1.0);
    }

    [Fact]
    public void Similarity_OtherReportOnTheSameEvent_IsLow()
    {
        const string other = "Two freight agents face charges after a drone factory's engine parts were found in crates labelled as tractors, prosecutors said on Friday. "
            + "The seizure followed a warning passed on by an allied intelligence agency.";
        Assert.InRange(TextSignature.Of(Report)!.Similarity(TextSignature.Of(other)!), 0.0, 0.2);
    }

    [Fact]
    public void Bytes_RoundTrip_AndWrongLengthIsRefused()
    {
        var a = TextSignature.Of(Report)!;
        Assert.Equal(1.0, a.Similarity(TextSignature.FromBytes(a.ToBytes())));
        Assert.Throws<FormatException>(() => TextSignature.FromBytes([1, 2, 3]));
        Assert.Null(TextSignature.Of(" -- ... "));
    }
}
