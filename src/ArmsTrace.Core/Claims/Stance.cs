namespace ArmsTrace.Core.Claims;

/// <summary>How the text presents a claim.</summary>
public enum Stance
{
    Asserted,
    Confirmed,
    Alleged,
    Reported,
    Unconfirmed,
    Denied,
    Intended,
    Possible,
}
