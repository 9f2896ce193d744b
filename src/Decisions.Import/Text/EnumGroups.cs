using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// A pattern whose named groups are the values of an enum ("(?&lt;Decision&gt;beslut)|…"): the groups are
/// looked up by name once, not by name and enum ToString on every match.
/// </summary>
internal sealed class EnumGroups<T>(Regex regex) where T : struct, Enum
{
    readonly (int Group, T Value)[] _groups = Enum.GetValues<T>()
        .Select(value => (Group: regex.GroupNumberFromName(value.ToString()), Value: value))
        .Where(g => g.Group >= 0)
        .ToArray();

    /// <summary>The value whose group took part in the match; null when none did.</summary>
    public T? Of(Match match)
    {
        foreach (var (group, value) in _groups)
            if (match.Groups[group].Success) return value;
        return null;
    }
}
