namespace ArmsTrace.Storage.Lists;

public enum ListFormat
{
    OfacSdnXml,
    OfacSdnCsv,
    UnConsolidatedXml,
    FollowTheMoney,
}
