using System.Globalization;
using Decisions.Accounts;
using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Marten;
using Wolverine;

namespace Decisions.Web.Forms;

/// <summary>
/// What a secretary records on a meeting's page: a rättelse of its head or its närvaro, and for each § a new
/// assignment the decision gave, a rättelse of the decision, or its sekretess. Each runs the API's own endpoint.
/// </summary>
public static class MeetingForms
{
    public delegate Task<IResult> Page(HttpContext http, IQuerySession session, string id, Attempt? attempt, int status, CancellationToken ct);

    public static readonly IReadOnlyDictionary<string, string> Done = new Dictionary<string, string>
    {
        ["rattelse"] = "Rättelsen av sammanträdet är registrerad.",
        ["narvaro"] = "Närvaron är registrerad.",
        ["uppdrag"] = "Uppdraget är registrerat.",
        ["beslut"] = "Rättelsen av beslutet är registrerad.",
        ["sekretess"] = "Beslutet är sekretessmarkerat och visas inte längre för allmänheten.",
    };

    static readonly Field Reason = new("skal", "Skäl", Required: true, Claims: ["Reason"]);

    static Field On(string label) => new("datum", label, "date", Required: true, Default: Parts.Iso(Parts.Today));

    static readonly (string Value, string Label)[] Kinds =
        [.. Enum.GetValues<DecisionKind>().Select(k => (k.ToString(), Parts.KindName(k)))];

    public static void Map(IEndpointRouteBuilder web, Page page)
    {
        Post(web, page, "/sammantraden/{id}/rattelse", "rattelse", (id, _) => id, async (form, m, _, bus, http, version) =>
        {
            var (start, end, place) = (form.Time("start"), form.Time("slut"), form.Text("plats"));
            var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
            form.ThrowIfInvalid();
            await bus.Send(http, new CorrectMeeting(m.Id, new MeetingDetails(m.Details.Date, start, end, place), reason, on), version);
        });
        Post(web, page, "/sammantraden/{id}/narvaro", "narvaro", (id, _) => id, async (form, m, _, bus, http, version) =>
        {
            var attendance = AttendanceRows.Read(form);
            var reason = m.Attendance is null ? form.Text("skal") : form.Required("skal");
            var on = form.RequiredDate("datum");
            form.ThrowIfInvalid();
            // The first närvaro of a meeting is recorded; after that, a change of it is a rättelse.
            if (m.Attendance is null) await bus.Send(http, new RecordAttendance(m.Id, attendance), version);
            else await bus.Send(http, new CorrectAttendance(m.Id, attendance, reason!, on), version);
        });
        Post(web, page, "/sammantraden/{id}/p/{n:int}/uppdrag", "uppdrag", (id, n) => Assignment(id, n, null), async (form, m, n, bus, http, version) =>
        {
            var decisionId = StreamIds.Decision(m.Id, n);
            var (assignee, task) = (form.Required("uppdragstagare"), form.Required("uppgift"));
            var due = AssignmentForms.DueFrom(form, "forfaller", "formulering", required: false) ?? Due.Unspecified(form.Text("formulering") ?? "");
            var index = form.Number("nummer") ?? 1;
            form.ThrowIfInvalid();
            var caseNumber = m.Paragraphs.FirstOrDefault(p => p.Number == n)?.CaseNumber;
            await bus.Send(http, new GiveAssignment(decisionId, index, m.BodyId, caseNumber, assignee, task, due, m.Details.Date), version);
        });
        Post(web, page, "/sammantraden/{id}/p/{n:int}/beslut", "beslut", (id, n) => StreamIds.Decision(id, n), async (form, m, n, bus, http, version) =>
        {
            var kind = Enum.TryParse<DecisionKind>(form.Text("slag"), out var k) ? k : DecisionKind.Decision;
            var clauses = form.Lines("attsatser");
            var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
            form.ThrowIfInvalid();
            await bus.Send(http, new CorrectDecision(StreamIds.Decision(m.Id, n), kind, clauses, reason, on), version);
        });
        Post(web, page, "/sammantraden/{id}/p/{n:int}/sekretess", "sekretess", (id, n) => StreamIds.Decision(id, n), async (form, m, n, bus, http, version) =>
        {
            var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
            form.ThrowIfInvalid();
            await bus.Send(http, new MarkDecisionConfidential(StreamIds.Decision(m.Id, n), reason, on), version);
        });
    }

    /// <summary>The form id on the page: the meeting's own, or "p{n}-{kind}" for a §.</summary>
    static string FormId(string kind, int? paragraph) => paragraph is { } n ? $"p{n}-{kind}" : kind;

    /// <summary>A new assignment's stream is known only once its number is: the one the form carries, or the first.</summary>
    static string Assignment(string meetingId, int paragraph, int? index) => StreamIds.Assignment(StreamIds.Decision(meetingId, paragraph), index ?? 1);

    static void Post(IEndpointRouteBuilder web, Page page, string route, string kind, Func<string, int, string> stream,
        Func<FormReader, MeetingState, int, IMessageBus, HttpContext, long?, Task> run)
    {
        web.MapPost(route, async (HttpContext http, IQuerySession session, IMessageBus bus, string id, int? n, CancellationToken ct) =>
        {
            var meetingId = Queries.QueryParameters.RouteKey(id);
            var paragraph = n ?? 0;
            var streamId = kind == "uppdrag"
                ? Assignment(meetingId, paragraph, int.TryParse((await http.Request.ReadFormAsync(ct))["nummer"], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 1 ? i : null)
                : stream(meetingId, paragraph);
            // A confidential decision is no longer on the public page; the administrator finds it among the confidential items.
            var after = kind == "sekretess" ? ConfidentialItems.Path : Parts.MeetingUrl(meetingId);
            return await FormPost.Handle(http, FormId(kind, n), kind, streamId, after,
                async (form, version) =>
                {
                    var meeting = await session.LoadAsync<MeetingState>(meetingId, ct) ?? throw new NotFound("Meeting", meetingId);
                    await run(form, meeting, paragraph, bus, http, version);
                },
                (attempt, status) => page(http, session, meetingId, attempt, status, ct));
        }).RequireAuthorization(kind == "sekretess" ? Policies.Administer : Policies.Record);
    }

    /// <summary>The meeting's own forms, under its head and närvaro.</summary>
    public static async Task<Html> ForMeeting(HttpContext http, IQuerySession session, MeetingView m, Attempt? attempt, CancellationToken ct)
    {
        if (!await Permissions.CanRecord(http)) return Html.Empty;
        var version = await FormPost.VersionOf(session, m.Id, ct);
        var url = Parts.MeetingUrl(m.Id);
        var posted = attempt?.FormId == "narvaro" ? attempt.Values : null;
        return Html.Of($"""
            <h2 id="registrera">Registrera</h2>
            {new Form("rattelse", "Rätta sammanträdet (rättelse)", $"{url}/rattelse", "Registrera rättelsen",
                [
                    new("start", "Starttid", "time", Default: m.Details.Start?.ToString("HH:mm", CultureInfo.InvariantCulture)),
                    new("slut", "Sluttid", "time", Claims: ["Details.End"], Default: m.Details.End?.ToString("HH:mm", CultureInfo.InvariantCulture)),
                    new("plats", "Plats", Claims: ["Details.Place"], Default: m.Details.Place),
                    Reason, On("Rättat den"),
                ]).Render(http, version, attempt)}
            {new Form("narvaro", m.Attendance is null ? "Registrera närvaro" : "Rätta närvaron (rättelse)", $"{url}/narvaro", m.Attendance is null ? "Registrera närvaron" : "Registrera rättelsen",
                [Reason with { Required = m.Attendance is not null, Hint = m.Attendance is null ? "behövs bara för en rättelse" : null }, On("Rättat den")],
                AttendanceRows.Render(m.Attendance, posted)).Render(http, version, attempt)}
            """);
    }

    /// <summary>The forms under one § with a decision the reader may see.</summary>
    public static async Task<Html> ForParagraph(HttpContext http, IQuerySession session, MeetingView m, DecisionHit d, IReadOnlyList<string> given, Attempt? attempt, CancellationToken ct)
    {
        var version = await FormPost.VersionOf(session, d.Id, ct);
        var url = $"{Parts.MeetingUrl(m.Id)}/p/{d.Paragraph}";
        var next = given.Select(id => int.TryParse(id[(id.LastIndexOf('/') + 1)..], out var i) ? i : 0).DefaultIfEmpty(0).Max() + 1;
        var administer = await Permissions.CanAdminister(http);
        return Html.Of($"""
            {new Form(FormId("uppdrag", d.Paragraph), "Lägg till ett uppdrag som beslutet gav", $"{url}/uppdrag", "Registrera uppdraget",
                [
                    new("uppdragstagare", "Uppdragstagare", Required: true, Claims: ["Assignee"], Hint: "oftast en roll eller ett organ, t.ex. Regiondirektören"),
                    new("uppgift", "Uppdrag", "textarea", Required: true, Claims: ["Task"]),
                    new("forfaller", "Förfaller", "date", Claims: ["Due"]),
                    new("formulering", "Formulering av tiden", Hint: "som beslutet skriver det, t.ex. \"till nämndens nästa sammanträde\""),
                ], Html.Of($"<input type=\"hidden\" name=\"nummer\" value=\"{next}\">")).Render(http, 0, attempt)}
            {new Form(FormId("beslut", d.Paragraph), "Rätta beslutet (rättelse)", $"{url}/beslut", "Registrera rättelsen",
                [
                    new("slag", "Slag av beslut", "select", Choices: Kinds, Default: d.Kind.ToString()),
                    new("attsatser", "Att-satser", "textarea", Hint: "en att-sats per rad", Claims: ["Clauses"], Default: string.Join("\n", d.Clauses)),
                    Reason, On("Rättat den"),
                ]).Render(http, version, attempt)}
            {(administer ? new Form(FormId("sekretess", d.Paragraph), "Sekretessmarkera beslutet", $"{url}/sekretess", "Sekretessmarkera",
                [Reason with { Label = "Sekretessgrund" }, On("Markerat den")]).Render(http, version, attempt) : Html.Empty)}
            """);
    }
}
