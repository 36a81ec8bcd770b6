using ArmsTrace.Storage.Review;

namespace ArmsTrace.Storage.Tests.Review;

public sealed class ClaimMatcherTests
{
    private const string Sentence = "Iran sent drones to Russia.";

    [Fact]
    public void Find_ObjectChangedByNewExtractor_StillMatchesOnTypeAndSubject()
    {
        var judged = Identity(0, "supply", "kb:iran", "kb:russia", 10);
        Assert.Equal(7, ClaimMatcher.Find(judged, [Identity(6, "attack", "kb:iran", "kb:ukraine", 10), Identity(7, "supply", "kb:iran", "kb:belarus", 40)]));
    }

    [Fact]
    public void Find_SameSentenceTwice_TakesTheNearestOffset()
    {
        var judged = Identity(0, "supply", "kb:iran", "kb:russia", 100);
        Assert.Equal(2, ClaimMatcher.Find(judged, [Identity(1, "supply", "kb:iran", "kb:russia", 10), Identity(2, "supply", "kb:iran", "kb:russia", 120)]));
    }

    [Fact]
    public void Find_OtherSubjectOrSentence_MatchesNothing()
    {
        var judged = Identity(0, "supply", "kb:iran", "kb:russia", 10);
        Assert.Null(ClaimMatcher.Find(judged, [Identity(1, "supply", "kb:china", "kb:russia", 10), Identity(2, "supply", "kb:iran", "kb:russia", 10, "Iran sent drones.")]));
    }

    private static ClaimIdentity Identity(long id, string type, string subject, string? obj, long start, string text = Sentence) =>
        new() { Id = id, Type = type, SubjectKey = subject, ObjectKey = obj, EvidenceStart = start, EvidenceText = text };
}
