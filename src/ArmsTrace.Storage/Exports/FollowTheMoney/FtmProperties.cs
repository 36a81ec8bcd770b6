namespace ArmsTrace.Storage.Exports.FollowTheMoney;

/// <summary>An entity's properties as FollowTheMoney holds them: every value a string in a list; empty values are left out.</summary>
internal sealed class FtmProperties
{
    private readonly List<(string Name, List<string> Values)> _all = [];

    public IEnumerable<(string Name, List<string> Values)> All => _all;

    public void Add(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var i = _all.FindIndex(p => p.Name == name);
        if (i < 0)
        {
            _all.Add((name, [value]));
        }
        else if (!_all[i].Values.Contains(value, StringComparer.Ordinal))
        {
            _all[i].Values.Add(value);
        }
    }
}
