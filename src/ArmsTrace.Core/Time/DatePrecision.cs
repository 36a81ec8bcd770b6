namespace ArmsTrace.Core.Time;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
