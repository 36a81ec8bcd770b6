namespace ArmsTrace.Core.Claims.Finders.WordTriggers;

/// <summary>How a trigger word maps the parties around it onto a claim's roles.</summary>
public enum TriggerFrame
{
    Forward,
    Reverse,
    With,
    Noun,
}
