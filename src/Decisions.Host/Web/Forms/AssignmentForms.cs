using Decisions.Accounts;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Shared;
using Marten;
using Wolverine;

namespace Decisions.Web.Forms;

/// <summary>
/// The follow-up steps a secretary takes on one uppdrag, on its own page: report-back, closing, a new deadline,
/// withdrawal, merging, rättelse and sekretess. Each runs the API's own endpoint with the page's stream version.
/// </summary>
public static class AssignmentForms
{
    public delegate Task<IResult> Page(HttpContext http, IQuerySession session, string id, Attempt? attempt, int status, CancellationToken ct);

    sealed record Step(string Kind, string Title, string Submit, string Done, bool Administer,
        Func<AssignmentState, string, IReadOnlyList<(string, string)>, IReadOnlyList<Field>> Fields,
        Func<FormReader, AssignmentState, IMessageBus, HttpContext, long?, Task> Run);

    static readonly Field Reason = new("skal", "Skäl", Required: true, Claims: ["Reason"]);

    static Field On(string label = "Datum") => new("datum", label, "date", Required: true, Default: Parts.Iso(Parts.Today));

    /// <param name="paragraphRequired">False where the meeting itself will do (a report given without a § of its own).</param>
    static Field[] DecisionFields(string what, string? body, bool paragraphRequired, string[] claims) =>
    [
        new("beslut-organ", $"{what}: organ", Default: body, Required: true, Claims: claims),
        new("beslut-datum", $"{what}: sammanträdesdatum", "date", Required: true),
        new("beslut-paragraf", $"{what}: §", Hint: paragraphRequired ? "paragrafens nummer" : "paragrafens nummer, om rapporten har en egen", Required: paragraphRequired, Claims: ["Decision"]),
    ];

    static string? Decision(FormReader form, bool required) => form.Decision("beslut-organ", "beslut-datum", "beslut-paragraf", required);

    static readonly Step[] Steps =
    [
        new("aterrapportering", "Registrera återrapportering", "Registrera återrapporteringen", "Återrapporteringen är registrerad.", false,
            (a, body, _) =>
            [
                new("typ", "Slag av rapport", "select", Choices: [("del", "Delrapport – uppdraget fortsätter"), ("slutlig", "Slutlig återrapportering")]),
                new("sammanfattning", "Vad rapporterades", "textarea", Required: true),
                new("skal", "Skäl att uppdraget fortsätter", "textarea", Hint: "krävs för en delrapport", Claims: ["Report.Reason"]),
                new("andel", "Andel klart (%)", "number", Hint: "0–100, om rapporten anger det", Claims: ["Report.Progress"]),
                .. DecisionFields("Lämnad vid", body, paragraphRequired: false, ["Report.At", "Report.On"]),
            ],
            (form, a, bus, http, version) =>
            {
                var summary = form.Required("sammanfattning");
                var on = form.Date("beslut-datum");
                var at = (form.Text("beslut-paragraf") is null ? MeetingOf(form) : Decision(form, required: true)) ?? "";
                var progress = form.Percent("andel");
                form.ThrowIfInvalid();
                var completeness = form.Text("typ") == "slutlig" ? ReportCompleteness.Complete : ReportCompleteness.Partial;
                return bus.Send(http, new ReceiveReportBack(a.Id, new ReportBack(on ?? default, at, completeness, summary, form.Text("skal"), progress)), version);
            }),
        new("avslut", "Avsluta uppdraget", "Avsluta uppdraget", "Uppdraget är avslutat.", false,
            (a, body, _) => DecisionFields("Beslut som avslutar uppdraget", body, paragraphRequired: true, ["AcceptingDecisionId"]),
            (form, a, bus, http, version) =>
            {
                var decision = Decision(form, required: true);
                var on = form.Date("beslut-datum");
                form.ThrowIfInvalid();
                return bus.Send(http, new CloseAssignment(a.Id, decision!, on!.Value), version);
            }),
        new("ny-tid", "Ändra tiden för uppdraget", "Ändra tiden", "Den nya tiden är registrerad.", false,
            (a, body, _) =>
            [
                new("forfaller", "Ny tid", "date", Required: true, Claims: ["Due"]),
                new("formulering", "Formulering", Hint: "som beslutet skriver det, t.ex. \"Tiden förlängs till 2025-11-30\"; tomt = \"senast\" och datumet"),
                Reason, On("Ändrat den"),
            ],
            (form, a, bus, http, version) =>
            {
                var due = DueFrom(form, "forfaller", "formulering", required: true);
                var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
                form.ThrowIfInvalid();
                return bus.Send(http, new ChangeDeadline(a.Id, due!, reason, null, on), version);
            }),
        new("aterkallelse", "Återkalla uppdraget", "Återkalla uppdraget", "Uppdraget är återkallat.", false,
            (a, body, _) => [Reason, On("Återkallat den")],
            (form, a, bus, http, version) =>
            {
                var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
                form.ThrowIfInvalid();
                return bus.Send(http, new WithdrawAssignment(a.Id, reason, null, on), version);
            }),
        new("sammanslagning", "Slå samman med ett annat uppdrag", "Slå samman", "Uppdraget är sammanslaget.", false,
            (a, body, others) =>
            [
                new("med", "Uppdrag att slå samman med", "list", "uppdragets id; förslagen är ärendets andra öppna uppdrag", true, others, ["IntoAssignmentId", "Assignment"]),
                Reason, On("Sammanslaget den"),
            ],
            (form, a, bus, http, version) =>
            {
                var (into, reason, on) = (form.Required("med"), form.Required("skal"), form.RequiredDate("datum"));
                form.ThrowIfInvalid();
                return bus.Send(http, new MergeAssignment(a.Id, into, reason, on), version);
            }),
        new("rattelse", "Rätta uppdraget (rättelse)", "Registrera rättelsen", "Rättelsen är registrerad.", false,
            (a, body, _) =>
            [
                new("uppdragstagare", "Uppdragstagare", Required: true, Claims: ["Assignee"], Default: a.Assignee),
                new("uppgift", "Uppdrag", "textarea", Required: true, Claims: ["Task"], Default: a.Task),
                new("forfaller", "Förfaller", "date", Claims: ["Due"], Default: a.Due.Date is { } d ? Parts.Iso(d) : null, Hint: "tomt = som nu"),
                new("formulering", "Formulering av tiden", Default: a.Due.Text),
                Reason, On("Rättat den"),
            ],
            (form, a, bus, http, version) =>
            {
                var (assignee, task) = (form.Required("uppdragstagare"), form.Required("uppgift"));
                var due = DueFrom(form, "forfaller", "formulering", required: false) is { } dated && dated.Date != a.Due.Date
                    ? dated
                    : a.Due with { Text = form.Text("formulering") ?? a.Due.Text };
                var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
                form.ThrowIfInvalid();
                return bus.Send(http, new CorrectAssignment(a.Id, assignee, task, due, reason, on), version);
            }),
        new("sekretess", "Sekretessmarkera uppdraget", "Sekretessmarkera", "Uppdraget är sekretessmarkerat och visas inte längre för allmänheten.", true,
            (a, body, _) => [Reason with { Label = "Sekretessgrund", Hint = "t.ex. bestämmelsen i offentlighets- och sekretesslagen" }, On("Markerat den")],
            (form, a, bus, http, version) =>
            {
                var (reason, on) = (form.Required("skal"), form.RequiredDate("datum"));
                form.ThrowIfInvalid();
                return bus.Send(http, new MarkAssignmentConfidential(a.Id, reason, on), version);
            }),
    ];

    public static readonly IReadOnlyDictionary<string, string> Done = Steps.ToDictionary(s => s.Kind, s => s.Done);

    public static void Map(IEndpointRouteBuilder web, Page page)
    {
        foreach (var step in Steps)
            web.MapPost($"/uppdrag/{{id}}/{step.Kind}", (HttpContext http, IQuerySession session, IMessageBus bus, string id, CancellationToken ct) =>
            {
                var key = Queries.QueryParameters.RouteKey(id);
                return FormPost.Handle(http, step.Kind, step.Kind, key, After(step, key),
                    async (form, version) => await step.Run(form, (await AssignmentQueries.Visible(key, session, ct)).State, bus, http, version),
                    (attempt, status) => page(http, session, key, attempt, status, ct));
            })
                .RequireAuthorization(step.Administer ? Policies.Administer : Policies.Record);
    }

    /// <summary>A confidential assignment is no longer on the public page; the administrator who marked it finds it among the confidential items.</summary>
    static string After(Step step, string id) => step.Kind == "sekretess" ? ConfidentialItems.Path : Parts.AssignmentUrl(id);

    /// <summary>The forms a person allowed to use them sees under the assignment; an open one stays open with what was typed.</summary>
    public static async Task<Html> Section(HttpContext http, IQuerySession session, AssignmentState a, BodyDirectory bodies, Attempt? attempt, CancellationToken ct)
    {
        if (!await Permissions.CanRecord(http)) return Html.Empty;
        var administer = await Permissions.CanAdminister(http);
        var version = await FormPost.VersionOf(session, a.Id, ct);
        var body = bodies.Ref(a.Given.GivingBodyId).Name;
        var others = a.Given.CaseNumber is null ? [] : await OpenInCase(session, a, ct);
        var url = Parts.AssignmentUrl(a.Id);
        return Html.Of($"""
            <h2 id="registrera">Registrera</h2>
            {Steps.Where(s => !s.Administer || administer).Select(s =>
                new Form(s.Kind, s.Title, $"{url}/{s.Kind}", s.Submit, s.Fields(a, body, others)).Render(http, version, attempt))}
            """);
    }

    static async Task<IReadOnlyList<(string, string)>> OpenInCase(IQuerySession session, AssignmentState a, CancellationToken ct)
    {
        var caseId = StreamIds.Case(a.Given.CaseNumber!);
        var open = AssignmentStatuses.Open;
        var found = await session.Query<AssignmentHistory>()
            .Where(x => x.CaseId == caseId && x.Id != a.Id && !x.Confidential && open.Contains(x.Status)).OrderBy(x => x.Id).ToListAsync(ct);
        return [.. found.Select(x => x.Current()).Select(s => (s.Id, $"{s.Assignee}: {s.Task}"))];
    }

    /// <summary>A report given at a meeting without a § of its own is given at the meeting.</summary>
    static string? MeetingOf(FormReader form)
    {
        var (body, on) = (form.Text("beslut-organ"), form.Date("beslut-datum"));
        if (body is null) form.Fail("beslut-organ", "måste fyllas i");
        if (form.Text("beslut-datum") is null) form.Fail("beslut-datum", "måste fyllas i (ÅÅÅÅ-MM-DD)");
        return body is null || on is null ? null : StreamIds.Meeting(StreamIds.Body(body), on.Value);
    }

    /// <summary>A due typed as a date, worded as the decision did or as "senast" and the date.</summary>
    public static Due? DueFrom(FormReader form, string dateField, string textField, bool required)
    {
        var date = required ? form.RequiredDate(dateField) : form.Date(dateField);
        if (date is not { } d || d == default) return null;
        return Due.OnDate(d, form.Text(textField) ?? $"senast {Parts.Iso(d)}");
    }
}
