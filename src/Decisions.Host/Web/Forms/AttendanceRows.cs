using System.Globalization;
using Decisions.Meetings;

namespace Decisions.Web.Forms;

/// <summary>Närvaro as three editable lists (tjänstgörande, närvarande ersättare, övriga närvarande), for a rättelse and for an import preview.</summary>
public static class AttendanceRows
{
    static readonly (string, string)[] Serving = [("namn", "Namn"), ("parti", "Parti"), ("roll", "Roll"), ("ersatter", "Ersätter")];
    static readonly (string, string)[] Substitutes = [("namn", "Namn"), ("parti", "Parti")];
    static readonly (string, string)[] Officials = [("namn", "Namn"), ("roll", "Roll"), ("paragrafer", "Endast §§")];

    public static Html Render(Attendance? attendance, IFormCollection? posted) => Html.Of($"""
        {Rows.Table("tjanstgorande", "Tjänstgörande ledamöter", Serving, (attendance?.Serving ?? []).Select(s => (IReadOnlyList<string?>)[s.Name, s.Party, s.Role, s.ServesFor]), posted)}
        {Rows.Table("ersattare", "Närvarande ersättare", Substitutes, (attendance?.PresentSubstitutes ?? []).Select(s => (IReadOnlyList<string?>)[s.Name, s.Party]), posted)}
        {Rows.Table("ovriga", "Övriga närvarande", Officials, (attendance?.Officials ?? []).Select(o => (IReadOnlyList<string?>)[o.Name, o.Role, Paragraphs(o.Paragraphs)]), posted)}
        """);

    /// <summary>The lists as edited; a row without a name is refused by the domain, naming its list.</summary>
    public static Attendance Read(FormReader form) => new(
        [.. Rows.Read(form.Values, "tjanstgorande", Serving).Select(r => new Attendee(r.Values[0] ?? "", r.Values[1], r.Values[2], r.Values[3]))],
        [.. Rows.Read(form.Values, "ersattare", Substitutes).Select(r => new Attendee(r.Values[0] ?? "", r.Values[1]))],
        [.. Rows.Read(form.Values, "ovriga", Officials).Select(r => new Official(r.Values[0] ?? "", r.Values[1], Numbers(form, Rows.Name("ovriga", r.Row, "paragrafer"), r.Values[2])))]);

    static string? Paragraphs(IReadOnlyList<int>? numbers) => numbers is null ? null : string.Join(", ", numbers);

    /// <summary>"26-28, 30" → 26, 27, 28, 30; empty means the whole meeting.</summary>
    static IReadOnlyList<int>? Numbers(FormReader form, string field, string? text)
    {
        if (text is null) return null;
        var numbers = new List<int>();
        foreach (var part in text.Replace("§", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is 1 or 2 && range.All(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                var (from, to) = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[^1], CultureInfo.InvariantCulture));
                numbers.AddRange(Enumerable.Range(from, Math.Max(0, Math.Min(to - from, 500)) + 1));
            }
            else form.Fail(field, $"'{text}' är inga paragrafnummer (t.ex. 26-28, 30)");
        }
        return numbers;
    }
}
