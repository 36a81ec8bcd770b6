namespace ArmsTrace.Storage.Lists;

internal enum ListFormat
{
    OfacSdnXml,
    OfacSdnCsv,
    UnConsolidatedXml,
    FollowTheMoney,
}
