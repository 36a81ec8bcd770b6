namespace ArmsTrace.Core.Knowledge;

/// <summary>A surface form of an entry. Acronyms (all capitals) only match text in capitals.</summary>
public sealed record KbName(KbEntry Entry, NameForm Form, string Surface, bool CaseSensitive);
