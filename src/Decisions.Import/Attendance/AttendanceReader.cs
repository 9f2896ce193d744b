using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// What one line of an attendance list says: the people on it, a warning when a name could not be read, or
/// that the line is prose and the list has ended.
/// </summary>
internal sealed record AttendanceLine<T>(IReadOnlyList<T> People, ParseWarning? Warning = null, bool EndsList = false)
{
    public static readonly AttendanceLine<T> End = new([], null, true);
}

/// <summary>
/// Reads the lines under "Tjänstgörande ledamöter", "Närvarande ersättare" and "Övriga närvarande": one person a
/// line or several, with party, role, the member an ersättare serves for, and the §§ an official was present for.
/// </summary>
internal static partial class AttendanceReader
{
    /// <summary>The words between a serving ersättare and the member they stand in for: "Anna Stark (M) ersätter Anna Nordqvist (M)".</summary>
    public static readonly string[] ServesForPhrasings =
    [
        "ersätter",
        "tjänstgör för",
        "tjg för",
        "tjänstgörande ersättare för",
        "tjänstgör som ersättare för",
        "ersättare för",
        "i stället för",
        "istället för",
    ];

    static readonly Regex ServesFor = new(@"^(?:" + Phrases.AnyOf(ServesForPhrasings) + @")(?:\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    [GeneratedRegex(@"\((?<role>[\p{Ll}\d][^()]{0,60})\)|,\s*(?<role>[\p{Ll}\d][^,()]{0,60})")]
    private static partial Regex Role();

    public static AttendanceLine<ServingMember> Serving(string text, int line)
    {
        var people = SwedishText.PersonWithParty().Matches(text);
        if (people.Count == 0)
            return WithoutParty(text, line, "en tjänstgörande ledamot", (name, role) => new ServingMember(name, null, null, role));

        // Walk the people in order: one named after "ersätter"/"tjänstgör för" is the one served for.
        var serving = new List<ServingMember>();
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var after = Between(text, person, i + 1 < people.Count ? people[i + 1] : null);
            var servesFor = ServesFor.Match(after.Trim(' ', ','));
            string? servedName = null;
            if (servesFor.Success && servesFor.Groups["name"].Success)
                servedName = servesFor.Groups["name"].Value;
            else if (servesFor.Success && i + 1 < people.Count)
            {
                servedName = people[i + 1].Groups["name"].Value;
                after = Between(text, people[i + 1], i + 2 < people.Count ? people[i + 2] : null);
                i++;
            }
            var role = Role().Match(after);
            serving.Add(new ServingMember(person.Groups["name"].Value, person.Groups["party"].Value, servedName,
                role.Success ? role.Groups["role"].Value.Trim() : null));
        }
        return new(serving);
    }

    public static AttendanceLine<Attendee> Substitutes(string text, int line)
    {
        var people = SwedishText.PersonWithParty().Matches(text);
        if (people.Count == 0) return WithoutParty(text, line, "en närvarande ersättare", (name, _) => new Attendee(name, null));
        return new(people.Select(p => new Attendee(p.Groups["name"].Value, p.Groups["party"].Value)).ToList());
    }

    /// <summary>"Peter Hansson, ekonomichef §§26-28": name, title, and the §§ present for (none: the whole meeting).</summary>
    public static AttendanceLine<OtherAttendee> Others(string text, int line)
    {
        if (!LooksLikeAttendee(text)) return AttendanceLine<OtherAttendee>.End;
        IReadOnlyList<int>? paragraphs = null;
        var list = SwedishText.ParagraphList().Match(text);
        if (list.Success)
        {
            paragraphs = SwedishText.ParagraphNumbers(list.Groups["list"].Value);
            text = (text[..list.Index] + text[(list.Index + list.Length)..]).Trim(' ', ',', '\t');
        }
        var comma = text.IndexOf(',');
        var name = StripParties(comma < 0 ? text : text[..comma]).Trim();
        var role = comma < 0 ? null : text[(comma + 1)..].Trim();
        return new([new OtherAttendee(name, string.IsNullOrEmpty(role) ? null : role, paragraphs)]);
    }

    /// <summary>"Anna Ek, ordförande": a name of two to five words before an optional comma and role.</summary>
    static AttendanceLine<T> WithoutParty<T>(string text, int line, string what, Func<string, string?, T> person)
    {
        if (!LooksLikeAttendee(text)) return AttendanceLine<T>.End;
        var comma = text.IndexOf(',');
        var name = comma < 0 ? text : text[..comma];
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is < 2 or > 5)
            return new([], new ParseWarning(line, $"kunde inte läsa {what} ur \"{Shorten(text)}\""));
        return new([person(name.Trim(), comma < 0 ? null : text[(comma + 1)..].Trim())]);
    }

    /// <summary>Prose ends an attendance list without a heading: a long line or a full sentence.</summary>
    static bool LooksLikeAttendee(string text) =>
        text.Length <= 120 && !text.EndsWith('.') && char.IsUpper(text[0]);

    static string Between(string text, Match from, Match? to)
    {
        var start = from.Index + from.Length;
        return text[start..(to?.Index ?? text.Length)];
    }

    internal static string StripParties(string text) => SwedishText.PersonWithParty().Replace(text, "${name}");

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
