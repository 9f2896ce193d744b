using Decisions.Accounts;
using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Shared;
using Decisions.Web;
using Decisions.Web.Forms;
using Marten;
using Wolverine;

namespace Decisions.Reminders;

/// <summary>
/// A body's reminder settings for the secretary who keeps them (/organ/{id}/paminnelser): the window, the secretary's
/// address and an address per assignee role, each changed by the API's own command through a form.
/// </summary>
public static class ReminderSettingsPage
{
    public static string Url(string bodyId) => $"/organ/{Uri.EscapeDataString(bodyId)}/paminnelser";

    sealed record Step(string Kind, string Title, string Submit, string Done, Func<ReminderSettings, IReadOnlyList<Field>> Fields,
        Func<FormReader, string, object> Command);

    static readonly Step[] Steps =
    [
        new("dagar", "Ändra hur långt före påminnelsen går", "Spara", "Antalet dagar är sparat.",
            s => [new("dagar", "Dagar före förfallodagen", "number", Hint: $"1–{ReminderSettings.MaxDaysBefore}; gul status börjar lika långt före", Required: true,
                Claims: ["DaysBefore"], Default: s.DaysBefore.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            (form, body) => new SetReminderDays(body, Days(form), Parts.Today)),
        new("sekreterare", "Ändra sekreterarens e-postadress", "Spara", "Sekreterarens adress är sparad.",
            s => [new("epost", "Sekreterarens e-postadress", "email", Hint: "tom tar bort adressen", Claims: ["Email"], Default: s.SecretaryEmail)],
            (form, body) => new SetSecretaryEmail(body, form.Text("epost"), Parts.Today)),
        new("kontakt", "Ange adress för en uppdragstagare", "Spara", "Uppdragstagarens adress är sparad.",
            s =>
            [
                new("uppdragstagare", "Uppdragstagare", "list", Hint: "som besluten skriver den, t.ex. \"Kommundirektören\"", Required: true,
                    Choices: [.. s.Contacts.Select(c => (c.Assignee, c.Assignee))], Claims: ["Assignee"]),
                new("epost", "E-postadress", "email", Hint: "tom tar bort uppdragstagarens adress", Claims: ["Email"]),
            ],
            (form, body) => new SetAssigneeContact(body, form.Text("uppdragstagare") ?? "", form.Text("epost"), Parts.Today)),
    ];

    /// <summary>A number the domain then holds to its range; anything else is named here, as the form's own field.</summary>
    static int Days(FormReader form)
    {
        var text = form.Required("dagar");
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)) return days;
        if (text.Length > 0) form.Fail("dagar", $"'{text}' är inte ett antal dagar");
        return 0;
    }

    static readonly IReadOnlyDictionary<string, string> Done = Steps.ToDictionary(s => s.Kind, s => s.Done);

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/organ/{id}/paminnelser", (HttpContext http, IQuerySession session, string id, CancellationToken ct) =>
            Show(http, session, Queries.QueryParameters.RouteKey(id), null, StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.Record);
        foreach (var step in Steps)
            web.MapPost($"/organ/{{id}}/paminnelser/{step.Kind}", (HttpContext http, IQuerySession session, IMessageBus bus, string id, CancellationToken ct) =>
            {
                var key = Queries.QueryParameters.RouteKey(id);
                return FormPost.Handle(http, step.Kind, step.Kind, key, Url(key),
                    (form, version) =>
                    {
                        var command = step.Command(form, key);
                        form.ThrowIfInvalid();
                        return bus.Send(http, command, version);
                    },
                    (attempt, status) => Show(http, session, key, attempt, status, ct));
            }).RequireAuthorization(Policies.Record);
    }

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string id, Attempt? attempt, int status, CancellationToken ct)
    {
        var body = await session.LoadAsync<BodyState>(id, ct) ?? throw new NotFound("Body", id);
        var s = body.Reminders;
        var version = await FormPost.VersionOf(session, id, ct);
        return Layout.Page(http, $"Påminnelser – {body.Name}", Html.Of($"""
            <h1>Påminnelser – {body.Name}</h1>
            {FormPost.Confirmation(http, Done)}
            <p class="lead">Uppdrag som {body.Name} ger påminns det antal dagar före förfallodagen som anges här, och på dagen: till uppdragstagarens adress, med sekreteraren som kopia.</p>
            <dl class="facts">
            <dt>Dagar före förfallodagen</dt><dd>{s.DaysBefore}</dd>
            <dt>Sekreterare</dt><dd>{s.SecretaryEmail ?? "ingen adress – påminnelser går bara till uppdragstagare med adress"}</dd>
            </dl>
            <h2>Uppdragstagare</h2>
            {(s.Contacts.Count == 0 ? Html.Of($"<p>Ingen uppdragstagare har en adress ännu.</p>") : Html.Of($"""
                <table>
                <thead><tr><th scope="col">Uppdragstagare</th><th scope="col">E-postadress</th></tr></thead>
                <tbody>{s.Contacts.OrderBy(c => c.Assignee, Parts.Swedish).Select(c => Html.Of($"<tr><td>{c.Assignee}</td><td>{c.Email}</td></tr>"))}</tbody>
                </table>
                """))}
            <h2 id="andra">Ändra</h2>
            {Steps.Select(step => new Form(step.Kind, step.Title, $"{Url(id)}/{step.Kind}", step.Submit, step.Fields(s)).Render(http, version, attempt))}
            """), status);
    }
}
