using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Assignments;

/// <summary>
/// A document that reports back on, or extends, the assignments of an earlier decision cites that decision,
/// not an assignment. The citation is kept on the cited decision's own stream of citations, whether or not
/// that decision is in the register yet, so the link is made whichever document arrives first.
/// </summary>
/// <param name="AcceptedBy">The decision that approved the report ("godkänner redovisningen"); it closes the assignments.</param>
public sealed record ReportBackCited(string CitedDecisionId, ReportBack Report, string? AcceptedBy, Provenance? Source = null) : IDomainEvent
{
    public DateOnly OccurredOn => Report.On;
}

public sealed record DeadlineChangeCited(string CitedDecisionId, Due Due, string Reason, string? DecisionId, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record CiteReportBack(string CitedDecisionId, ReportBack Report, string? AcceptedBy, Provenance? Source = null)
{
    [JsonIgnore] public string CitationsId => StreamIds.Citations(CitedDecisionId ?? "");
}

public sealed record CiteDeadlineChange(string CitedDecisionId, Due Due, string Reason, string? DecisionId, DateOnly ChangedOn, Provenance? Source = null)
{
    [JsonIgnore] public string CitationsId => StreamIds.Citations(CitedDecisionId ?? "");
}

/// <summary>Kept in the order the cited facts happened, whatever order the documents were imported in.</summary>
public sealed partial record CitationsState(string Id, IReadOnlyList<ReportBackCited> Reports, IReadOnlyList<DeadlineChangeCited> DeadlineChanges)
{
    public static CitationsState Start(ReportBackCited e) => new(StreamIds.Citations(e.CitedDecisionId), [e], []);
    public static CitationsState Start(DeadlineChangeCited e) => new(StreamIds.Citations(e.CitedDecisionId), [], [e]);
    public CitationsState Evolve(ReportBackCited e) => this with { Reports = [.. Reports.Append(e).OrderBy(r => r.Report.On).ThenBy(r => r.Report.At, StringComparer.Ordinal)] };
    public CitationsState Evolve(DeadlineChangeCited e) => this with { DeadlineChanges = [.. DeadlineChanges.Append(e).OrderBy(d => d.OccurredOn)] };

    /// <summary>What the cited decision's assignments must receive, in the order the facts happened.</summary>
    public IEnumerable<object> Commands(string assignmentId) =>
        Reports.Select(r => (r.Report.On, Command: (object)new ReceiveReportBack(assignmentId, WithReason(r.Report), r.Source)))
            .Concat(Reports.Where(r => r.AcceptedBy is not null)
                .Select(r => (r.Report.On, Command: (object)new CloseAssignment(assignmentId, r.AcceptedBy!, r.Report.On, r.Source))))
            .Concat(DeadlineChanges.Select(d => (On: d.OccurredOn, Command: (object)new ChangeDeadline(assignmentId, d.Due, d.Reason, d.DecisionId, d.OccurredOn, d.Source))))
            .OrderBy(c => c.On)
            .Select(c => c.Command);

    /// <summary>A partial report cited before reasons were kept gives the paragraph's title, all the document said of it, as its reason.</summary>
    static ReportBack WithReason(ReportBack report) =>
        report.Completeness == ReportCompleteness.Partial && string.IsNullOrWhiteSpace(report.Reason) ? report with { Reason = report.Summary } : report;
}

public static class CitationDecider
{
    public static IReadOnlyList<object> Decide(CitationsState? state, CiteReportBack cmd)
    {
        cmd.Report.Validate(Validation.For(cmd).Required(cmd.CitedDecisionId, nameof(cmd.CitedDecisionId)), "Report").ThrowIfInvalid();
        var cited = new ReportBackCited(cmd.CitedDecisionId, cmd.Report, cmd.AcceptedBy, cmd.Source);
        // The same report read again is the same citation, also where it was cited before reasons were kept.
        return state?.Reports.Any(r => r.Report.IsSameReport(cited.Report) && SameFacts(r with { Source = null, Report = cited.Report }, cited with { Source = null })) == true
            ? Nothing
            : Emit(cited);
    }

    public static IReadOnlyList<object> Decide(CitationsState? state, CiteDeadlineChange cmd)
    {
        Validation.For(cmd).Required(cmd.CitedDecisionId, nameof(cmd.CitedDecisionId)).Required(cmd.Reason, nameof(cmd.Reason)).ThrowIfInvalid();
        var cited = new DeadlineChangeCited(cmd.CitedDecisionId, cmd.Due, cmd.Reason, cmd.DecisionId, cmd.ChangedOn, cmd.Source);
        return state?.DeadlineChanges.Any(d => SameFacts(d with { Source = null }, cited with { Source = null })) == true ? Nothing : Emit(cited);
    }
}
