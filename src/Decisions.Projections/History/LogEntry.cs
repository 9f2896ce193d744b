using System.Globalization;
using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Events;
using JasperFx.Events;

namespace Decisions.History;

/// <summary>One event as a reader of the register sees it: when it happened, what, where it is kept, and when and by whom it was recorded.</summary>
public sealed record LogEntry(DateOnly On, string Kind, string Description, string Stream, DateTimeOffset RecordedAt, string? RecordedBy)
{
    public static LogEntry Of(IEvent e) =>
        new(((IDomainEvent)e.Data).OccurredOn, e.Data.GetType().Name, Describe(e.Data), e.StreamKey!, AsStored(e), e.UserName);

    /// <summary>
    /// An inline projection sees the timestamp Marten set in .NET ticks; PostgreSQL keeps microseconds (Npgsql
    /// drops the rest), and a rebuild reads those. Dropping them here too makes live and rebuilt read models equal.
    /// </summary>
    public static DateTimeOffset AsStored(IEvent e) => new(e.Timestamp.Ticks - e.Timestamp.Ticks % 10, e.Timestamp.Offset);

    /// <summary>The register's readers are Swedish officials and citizens, so the log reads in Swedish.</summary>
    public static string Describe(object data) => data switch
    {
        CaseOpened e => $"Ärendet {e.CaseNumber} öppnas: {e.Title}",
        DocumentFiled e => $"Handling registreras: {e.Document.Title} ({Date(e.Document.Date)})",
        DecisionRecordedInCase e => $"Beslut i ärendet: {e.BodyId} § {e.Paragraph} ({Date(e.OccurredOn)})",
        DecisionTaken e => $"{e.Details.BodyId} beslutar § {e.Details.Paragraph}: {e.Details.Title}",
        DecisionCorrected e => $"Rättelse av beslut {e.DecisionId}: {e.Reason}",
        DecisionMarkedConfidential e => $"Beslut {e.DecisionId} sekretessmarkeras",
        AssignmentGiven e => $"Uppdrag till {e.Assignee}: {e.Task} (förfaller: {e.Due.Text})",
        DueResolved e => $"Förfallodagen blir {Date(e.Date)} (sammanträdet {e.MeetingId})",
        DeadlineChanged e => $"Tiden för uppdraget ändras: {e.Due.Text} ({e.Reason})",
        ReportBackReceived e => $"{(e.Report.Completeness == ReportCompleteness.Complete ? "Återrapportering" : "Delrapport")}: {e.Report.Summary}",
        AssignmentClosed e => $"Uppdraget avslutas genom beslut {e.AcceptingDecisionId}",
        AssignmentWithdrawn e => $"Uppdraget återkallas: {e.Reason}",
        AssignmentMerged e => $"Uppdraget hålls samman med {e.IntoAssignmentId}: {e.Reason}",
        AssignmentCorrected e => $"Rättelse av uppdraget: {e.Assignee}, {e.Task} ({e.Reason})",
        AssignmentMarkedConfidential e => $"Uppdrag {e.AssignmentId} sekretessmarkeras",
        _ => data.GetType().Name,
    };

    static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
