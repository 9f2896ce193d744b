using System.Globalization;
using System.Text.RegularExpressions;

namespace Decisions.Benchmarks.Recall;

/// <summary>A facts file that does not follow the corpus README; the message names the file and the line.</summary>
public sealed class FactsFileException(string message) : Exception(message);

/// <summary>
/// Reads a <c>.facts</c> file (format: the corpus README) into expected facts. A line it cannot read is an error, never
/// skipped: a fact silently dropped would raise the recall it is meant to measure.
/// </summary>
public static partial class FactsFile
{
    public static IReadOnlyList<Fact> Read(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static IReadOnlyList<Fact> Parse(string text, string name)
    {
        var facts = new List<Fact>();
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            facts.Add(ParseLine(line, $"{name}:{number}"));
        }
        if (facts.Count == 0) throw new FactsFileException($"{name}: filen har inga fakta; minst \"kind: …\" behövs");
        var kinds = facts.Where(f => f.Key.Name == "kind").ToList();
        if (kinds.Count != 1) throw new FactsFileException($"{name}: {kinds.Count} rader \"kind:\"; det ska finnas precis en");
        if (kinds[0].Field(0) == FactKey.NotAProtocol && facts.Count > 1)
            throw new FactsFileException($"{facts.First(f => f.Key.Name != "kind").Origin}: ett dokument som är {FactKey.NotAProtocol} har inga andra fakta");
        return facts;
    }

    static Fact ParseLine(string line, string origin)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) throw new FactsFileException($"{origin}: raden saknar \"nyckel:\" (\"{line}\")");
        var keyName = line[..colon].Trim();
        var key = FactKey.Find(keyName) ?? throw new FactsFileException(
            $"{origin}: okänd nyckel \"{keyName}\"; kända är {string.Join(", ", FactKey.All.Select(k => k.Name))}");
        var fields = line[(colon + 1)..].Split('|').Select(f => f.Trim()).ToList();
        if (fields.Count > key.Fields.Count)
            throw new FactsFileException($"{origin}: \"{key.Name}\" har {key.Fields.Count} fält ({string.Join(" | ", key.Fields.Select(f => f.Name))}), raden har {fields.Count}");
        while (fields.Count < key.Fields.Count) fields.Add("");
        for (var i = 0; i < fields.Count; i++)
            if (Problem(key.Fields[i], fields[i]) is { } problem)
                throw new FactsFileException($"{origin}: fältet \"{key.Fields[i].Name}\" i \"{key.Name}\": {problem}");
        return new Fact(key, fields, origin);
    }

    /// <summary>Why a field's text cannot be what its spec says, or null when it can.</summary>
    static string? Problem(FieldSpec spec, string value)
    {
        if (value.Length == 0) return spec.Required ? "får inte vara tomt" : null;
        return spec.Kind switch
        {
            FieldKind.Date when !IsDate(value) => $"\"{value}\" är inget datum ÅÅÅÅ-MM-DD",
            FieldKind.Time when !TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => $"\"{value}\" är ingen tid TT:MM",
            FieldKind.Count when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) => $"\"{value}\" är inget antal",
            FieldKind.ParagraphList when ParseParagraphList(value) is null => $"\"{value}\" är ingen lista av paragrafer som \"130-133, 135\"",
            FieldKind.Due when ExpectedDue.TryParse(value) is null => $"\"{value}\" är ingen förfallotid (date ÅÅÅÅ-MM-DD, meeting [ÅÅÅÅ-MM[-DD]], month ÅÅÅÅ-MM, period [ÅÅÅÅ-MM-DD], recurring, none)",
            FieldKind.Choice when !spec.Choices!.Contains(value) => $"\"{value}\" är inte ett av {string.Join(", ", spec.Choices!)}",
            _ => null,
        };
    }

    static bool IsDate(string value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // A number may carry the year as written ("19/24"); the list compares the number, as the preview holds it.
    const string Number = @"\d{1,4}(?:/\d{2,4})?";

    [GeneratedRegex($@"^{Number}(?:\s*[-–]\s*{Number})?(?:\s*,\s*{Number}(?:\s*[-–]\s*{Number})?)*$")]
    private static partial Regex ParagraphListShape();

    /// <summary>"130-133, 135" as its numbers; an empty list (the whole meeting) as none; null when it is no list.</summary>
    public static IReadOnlySet<int>? ParseParagraphList(string value)
    {
        if (value.Trim().Length == 0) return new HashSet<int>();
        if (!ParagraphListShape().IsMatch(value.Trim())) return null;
        var numbers = new HashSet<int>();
        foreach (var part in value.Split(','))
        {
            var ends = part.Split('-', '–').Select(p => int.Parse(p.Split('/')[0].Trim(), CultureInfo.InvariantCulture)).ToArray();
            if (ends.Length == 2 && (ends[1] < ends[0] || ends[1] - ends[0] > 500)) return null;
            for (var n = ends[0]; n <= ends[^1]; n++) numbers.Add(n);
        }
        return numbers;
    }
}

/// <summary>
/// A due as the README writes it: the kind, and the bound when written, to the day or to the month
/// ("meeting 2026-09": any day of September).
/// </summary>
public sealed record ExpectedDue(string Kind, DateOnly? Bound, bool MonthOnly)
{
    public static readonly IReadOnlyList<string> Kinds = ["date", "meeting", "month", "period", "recurring", "none"];

    /// <summary>Which kinds may carry a bound, and whether it must be a whole date.</summary>
    static bool MayHaveBound(string kind) => kind is "date" or "meeting" or "month" or "period";

    public static ExpectedDue? TryParse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2 || !Kinds.Contains(parts[0])) return null;
        if (parts.Length == 1) return parts[0] is "date" or "month" ? null : new ExpectedDue(parts[0], null, false);
        if (!MayHaveBound(parts[0])) return null;
        if (DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return parts[0] == "month" ? null : new ExpectedDue(parts[0], day, false);
        if (DateOnly.TryParseExact(parts[1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return parts[0] is "meeting" or "month" ? new ExpectedDue(parts[0], month, true) : null;
        return null;
    }
}
