namespace ArmsTrace.Core.Claims;

public enum ClaimType
{
    Supply,
    Manufacture,
    Use,
    Attack,
    Sanction,
    Sponsor,
    PartOf,
    Role,
    LocatedIn,
    Visit,
    Meeting,
}
