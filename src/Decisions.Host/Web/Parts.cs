using System.Globalization;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Shared;
using Decisions.Decisions;

namespace Decisions.Web;

/// <summary>Small pieces the pages share: addresses, badges, form fields, times, paging.</summary>
public static class Parts
{
    /// <summary>Case numbers and ids hold '/' and '§', so they travel URL-encoded as one path segment.</summary>
    public static string CaseUrl(string caseNumber) => $"/arenden/{Uri.EscapeDataString(caseNumber)}";

    public static string MeetingUrl(string meetingId) => $"/sammantraden/{Uri.EscapeDataString(meetingId)}";

    public static string ParagraphUrl(string bodyId, DateOnly date, int paragraph) =>
        $"{MeetingUrl(StreamIds.Meeting(bodyId, date))}#p{paragraph}";

    public static string AssignmentUrl(string assignmentId) => $"/uppdrag/{Uri.EscapeDataString(assignmentId)}";

    /// <summary>A decision id is its meeting's id ("body/date"), "/§" and the number; null for anything else, such as a case document's id.</summary>
    public static (string MeetingId, string BodyId, string Date, string Paragraph)? DecisionParts(string id)
    {
        var sign = id.LastIndexOf("/§", StringComparison.Ordinal);
        if (sign < 0) return null;
        var meetingId = id[..sign];
        var slash = meetingId.LastIndexOf('/');
        return slash < 0 ? null : (meetingId, meetingId[..slash], meetingId[(slash + 1)..], id[(sign + 2)..]);
    }

    /// <summary>A link to the § on its meeting page, named by body, date and §; what is not a decision is shown as it is.</summary>
    public static Html DecisionLink(string id, BodyDirectory bodies) => DecisionParts(id) is { } d
        ? Html.Of($"<a href=\"{MeetingUrl(d.MeetingId)}#p{d.Paragraph}\">{bodies.Ref(d.BodyId).Name} {d.Date} § {d.Paragraph}</a>")
        : Html.Of($"{id}");

    public static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    public static Html CaseLink(string? caseNumber) =>
        caseNumber is null ? Html.Of($"<span class=\"muted\">inget ärende</span>") : Html.Of($"<a href=\"{CaseUrl(caseNumber)}\">{caseNumber}</a>");

    /// <summary>"Anna Stark (M), ersätter Anna Nordqvist".</summary>
    public static string Person(Participant p) =>
        p.Name + (p.Party is null ? "" : $" ({p.Party})") + (p.ServesFor is null ? "" : $", ersätter {p.ServesFor}");

    public static Html StatusBadge(AssignmentStatus status) => Html.Of($"<span class=\"badge {status.ToString().ToLowerInvariant()}\">{StatusName(status)}</span>");

    public static Html OverdueBadge(int daysOverdue) =>
        Html.When(daysOverdue > 0, Html.Of($" <span class=\"badge overdue\">Försenat {daysOverdue} {(daysOverdue == 1 ? "dag" : "dagar")}</span>"));

    public static string StatusName(AssignmentStatus status) => StatusWords.Status(status);

    /// <summary>The light in words beside its colour dot, so it reads without colour; a finished assignment has none.</summary>
    public static Html LightBadge(StatusLight? light) => light is null ? Html.Empty : Html.Of(
        $"<span class=\"light {light.Colour.ToString().ToLowerInvariant()}\"><span class=\"dot\" aria-hidden=\"true\"></span>{StatusWords.Light(light)}</span>");

    public static string KindName(DecisionKind kind) => kind switch
    {
        DecisionKind.Decision => "Beslut",
        DecisionKind.ProposalToOtherBody => "Förslag till annat organ",
        DecisionKind.Noted => "Informationen noteras",
        DecisionKind.SentBack => "Återremiss",
        DecisionKind.Postponed => "Bordläggning",
        _ => kind.ToString(),
    };

    public static Html Field(string name, string label, string? value, string type = "text", string? hint = null, bool required = false)
    {
        var hintId = $"{name}-hint";
        return Html.Of($"""
            <div class="field"><label for="{name}">{label}</label>{Html.When(hint is not null, Html.Of($"<span class=\"hint\" id=\"{hintId}\">{hint}</span>"))}<input id="{name}" name="{name}" type="{type}" value="{value}"{Html.When(hint is not null, Html.Of($" aria-describedby=\"{hintId}\""))}{Html.When(required, Html.Of($" required"))}></div>
            """);
    }

    /// <summary>A date from a form or link (ÅÅÅÅ-MM-DD); a bad one is a 400 page naming the field in Swedish.</summary>
    public static DateOnly? Date(string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Invalid(label, $"'{value}' är inte ett datum (ÅÅÅÅ-MM-DD)");

    static ValidationFailed Invalid(string label, string message) => new(new Dictionary<string, string[]> { [label] = [message] });

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The register's readers are in Sweden, so a recorded instant reads in Swedish local time.</summary>
    public static string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A datetime-local value ("2024-05-01T12:00") is Swedish local time without an offset.</summary>
    public static DateTimeOffset? FromLocalTime(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw Invalid(label, $"'{value}' är inte en tidpunkt (ÅÅÅÅ-MM-DD tt:mm)");
        return new DateTimeOffset(local, Stockholm.GetUtcOffset(local));
    }

    public static string ToLocalInput(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Stockholm).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).DateTime);

    // A machine without time-zone data still shows times, in UTC, rather than failing every page.
    public static readonly TimeZoneInfo Stockholm =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Links to the previous and next page that keep every other query value.</summary>
    public static Html Pager(HttpRequest request, int page, int pageSize, long total, string parameter = "sida")
    {
        var pages = (int)Math.Max(1, (total + pageSize - 1) / pageSize);
        if (pages == 1) return Html.Empty;
        string Url(int p) => request.Path + QueryString.Create(
            request.Query.Where(q => q.Key != parameter).Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()))
                .Append(KeyValuePair.Create(parameter, p.ToString(CultureInfo.InvariantCulture)))!);
        return Html.Of($"""
            <nav class="pager" aria-label="Sidor">
            {Html.When(page > 1, Html.Of($"<a href=\"{Url(page - 1)}\" rel=\"prev\">← Föregående</a>"))}
            <span>Sida {page} av {pages}</span>
            {Html.When(page < pages, Html.Of($"<a href=\"{Url(page + 1)}\" rel=\"next\">Nästa →</a>"))}
            </nav>
            """);
    }

    public static int PageNumber(HttpRequest request, string parameter = "sida") =>
        int.TryParse(request.Query[parameter], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;
}
