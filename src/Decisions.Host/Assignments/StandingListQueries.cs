using Decisions.Exports;
using Decisions.Queries;
using Decisions.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Decisions.Assignments;

public static class StandingListQueries
{
    /// <summary>
    /// "Uppföljning av uppdrag" for a meeting of a body: every assignment the body gave that was open before the
    /// meeting or was finished since its previous meeting, with light, reason, share done and the last report;
    /// <c>format=xlsx</c> gives it as an Excel file to attach to the agenda, <c>format=csv</c> as CSV.
    /// </summary>
    /// <param name="bodyId">The body, by id or name.</param>
    /// <param name="meeting">The meeting's date (YYYY-MM-DD); the body's next meeting when left out.</param>
    [WolverineGet("/api/bodies/{bodyId}/follow-up", OperationId = "StandingList")]
    [ProducesResponseType<StandingList>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheet.ContentType)]
    public static async Task<IResult> Get(string bodyId, string? meeting, string? format, IQuerySession session, CancellationToken ct)
    {
        var export = Export.Format(format, nameof(format));
        var list = await StandingLists.RunAsync(session, QueryParameters.RouteKey(bodyId), QueryParameters.Date(meeting, nameof(meeting)), Parts.Today, ct);
        return export == ExportFormat.Json
            ? Results.Ok(list)
            : Export.File(export, $"uppfoljning-{list.Body.Id}-{list.Meeting:yyyy-MM-dd}", "Uppföljning av uppdrag", Columns, list.Items);
    }

    /// <summary>The list as a secretary attaches it to the agenda: one row per assignment, Swedish headings, dates as dates.</summary>
    public static readonly IReadOnlyList<Column<StandingListItem>> Columns =
    [
        Column<StandingListItem>.Text("Uppdrag", i => i.Task, 60),
        Column<StandingListItem>.Text("Uppdragstagare", i => i.Assignee, 24),
        Column<StandingListItem>.Date("Beslutsdatum", i => i.GivingDecision.Date),
        Column<StandingListItem>.Number("Paragraf", i => i.GivingDecision.Paragraph),
        Column<StandingListItem>.Text("Förfaller", i => i.DueText),
        Column<StandingListItem>.Date("Förfallodag", i => i.EffectiveDue),
        Column<StandingListItem>.Text("Status", i => StatusWords.Status(i.Status), 18),
        Column<StandingListItem>.Text("Läge", i => i.Light is { } light ? StatusWords.Light(light) : "", 24),
        Column<StandingListItem>.Text("Skäl", i => i.Reason, 40),
        Column<StandingListItem>.Number("Andel klart (%)", i => i.Progress),
        Column<StandingListItem>.Text("Senaste rapport", i => i.LastReport?.Summary, 40),
        Column<StandingListItem>.Date("Rapportens datum", i => i.LastReport?.On, 14),
        Column<StandingListItem>.Date("Avslutat", i => i.FinishedOn),
        Column<StandingListItem>.Text("Uppdrag-id", i => i.AssignmentId, 36),
    ];
}
