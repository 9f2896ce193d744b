using Decisions.Commands;
using Decisions.Shared;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace Decisions.Assignments;

/// <summary>Bring every citation of a decision to one of its assignments, in the order the cited facts happened.</summary>
public sealed record LinkCitations(string AssignmentId, string CitedDecisionId);

/// <summary>
/// Links citations and assignments whichever arrives first: a committed citation reaches every assignment its decision
/// already gave, and a committed assignment receives every citation already waiting for its decision. Of two committed
/// at once, the later follow-up sees the other; delivering a citation twice changes nothing.
/// </summary>
public static class CitationLinkingHandler
{
    public static Task Handle(IEvent<ReportBackCited> cited, IQuerySession session, IMessageContext bus, CancellationToken ct) =>
        ToAssignmentsOf(cited, cited.Data.CitedDecisionId, session, bus, ct);

    public static Task Handle(IEvent<DeadlineChangeCited> cited, IQuerySession session, IMessageContext bus, CancellationToken ct) =>
        ToAssignmentsOf(cited, cited.Data.CitedDecisionId, session, bus, ct);

    public static ValueTask Handle(IEvent<AssignmentGiven> given, IMessageContext bus) =>
        bus.FollowUp(given, new LinkCitations(given.Data.AssignmentId, given.Data.DecisionId));

    static async Task ToAssignmentsOf(IEvent cause, string decisionId, IQuerySession session, IMessageContext bus, CancellationToken ct)
    {
        foreach (var assignmentId in await AssignmentsOfDecision.Load(session, decisionId, ct))
            await bus.FollowUp(cause, new LinkCitations(assignmentId, decisionId));
    }
}

public static class LinkCitationsHandler
{
    /// <summary>
    /// One transaction per assignment, so a report and the decision that accepts it arrive in their order. Documents
    /// arrive in any order: what is cited after the assignment was closed, withdrawn or merged changes nothing (the
    /// finishing decision stands).
    /// </summary>
    public static async Task Handle(LinkCitations link, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<CitationsState>(StreamIds.Citations(link.CitedDecisionId), ct) is not { } citations) return;
        var unit = new UnitOfWork(session);
        foreach (var command in citations.Commands(link.AssignmentId))
        {
            if (await unit.Load<AssignmentState>(link.AssignmentId, ct) is null or { Status: AssignmentStatus.Closed or AssignmentStatus.Withdrawn or AssignmentStatus.Merged })
                return;
            await unit.Execute(command, ct);
        }
    }
}
