namespace ArmsTrace.Storage;

/// <summary>What became of one document of a batch: stored (or found unchanged) with its result, or refused with the error.</summary>
public sealed record IngestAttempt(string Key, IngestResult? Result, StoreException? Error);
