using Decisions.Bodies;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Decisions.Reminders;

/// <summary>A reminder that went out: its kind, the due date it was for, when and to whom.</summary>
public sealed record SentReminderView(ReminderKind Kind, DateOnly DueDate, DateOnly SentOn, DateTimeOffset RecordedAt, IReadOnlyList<string> Recipients, int Webhooks);

public static class ReminderQueries
{
    /// <summary>A body's reminder settings. The addresses are staff's, so they are for those who record, not for the public.</summary>
    [WolverineGet("/api/bodies/{bodyId}/reminders", OperationId = "GetReminderSettings"), Tags("Påminnelser"), Authorize(Policy = Accounts.Policies.Record)]
    public static async Task<ReminderSettings> Settings(string bodyId, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(bodyId);
        return (await session.LoadAsync<BodyState>(key, ct) ?? throw new NotFound("Body", key)).Reminders;
    }

    /// <summary>The reminders an assignment has had, oldest first; those of an assignment under sekretess are not told here, as nothing of it is.</summary>
    [WolverineGet("/api/assignments/{id}/reminders", OperationId = "GetSentReminders"), Tags("Påminnelser"), Authorize(Policy = Accounts.Policies.Record)]
    public static async Task<IReadOnlyList<SentReminderView>> Sent(string id, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        if (await session.LoadAsync<Assignments.AssignmentState>(key, ct) is not { } assignment
            || (await Secrecy.PublicAsync(session, ct)).HidesAssignment(assignment))
            throw new NotFound("Assignment", key);
        var events = await session.Events.FetchStreamAsync(ReminderLog.StreamId(key), token: ct);
        return [.. events.Select(e => e.Data is ReminderSent s ? new SentReminderView(s.Kind, s.DueDate, s.OccurredOn, e.Timestamp, s.Recipients, s.Webhooks) : null)
            .OfType<SentReminderView>()];
    }
}
