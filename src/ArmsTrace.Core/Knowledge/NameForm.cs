namespace ArmsTrace.Core.Knowledge;

/// <summary>How a surface form names its entry.</summary>
public enum NameForm
{
    Name,
    Demonym,
    Metonym,
}
