using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Shared;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Decisions.Reminders;

/// <summary>
/// Schedules an assignment's reminders when its due becomes known or moves, and a body's when it changes its window. Each
/// reads the assignment as committed and schedules what <see cref="ReminderPlan"/> says for its due now; a message for an
/// older due, or of an assignment since finished, stays scheduled and does nothing when its time comes (the sending reads
/// the assignment again), so nothing needs cancelling and scheduling twice sends once.
/// </summary>
public static class ReminderSchedulingHandler
{
    public static Task Handle(IEvent<AssignmentGiven> e, IQuerySession session, IMessageContext bus, ReminderClock clock, IOptions<ReminderOptions> options, CancellationToken ct) =>
        new ReminderScheduler(bus, clock, options.Value).ScheduleAsync(session, e.Data.AssignmentId, ct);

    public static Task Handle(IEvent<DueResolved> e, IQuerySession session, IMessageContext bus, ReminderClock clock, IOptions<ReminderOptions> options, CancellationToken ct) =>
        new ReminderScheduler(bus, clock, options.Value).ScheduleAsync(session, e.Data.AssignmentId, ct);

    public static Task Handle(IEvent<DeadlineChanged> e, IQuerySession session, IMessageContext bus, ReminderClock clock, IOptions<ReminderOptions> options, CancellationToken ct) =>
        new ReminderScheduler(bus, clock, options.Value).ScheduleAsync(session, e.Data.AssignmentId, ct);

    public static Task Handle(IEvent<AssignmentCorrected> e, IQuerySession session, IMessageContext bus, ReminderClock clock, IOptions<ReminderOptions> options, CancellationToken ct) =>
        new ReminderScheduler(bus, clock, options.Value).ScheduleAsync(session, e.Data.AssignmentId, ct);

    /// <summary>A new window moves the reminders ahead of every assignment the body still follows up.</summary>
    public static async Task Handle(IEvent<ReminderDaysSet> e, IQuerySession session, IMessageContext bus, ReminderClock clock, IOptions<ReminderOptions> options, CancellationToken ct)
    {
        var ids = await session.Query<AssignmentState>()
            .Where(a => a.Given.GivingBodyId == e.Data.BodyId && (a.Status == AssignmentStatus.Given || a.Status == AssignmentStatus.PartlyReported))
            .Select(a => a.Id).ToListAsync(ct);
        var scheduler = new ReminderScheduler(bus, clock, options.Value);
        foreach (var id in ids) await scheduler.ScheduleAsync(session, id, ct);
    }
}

/// <summary>
/// Turns an assignment's planned reminders into scheduled messages, stored in the transaction of the handler whose context
/// <paramref name="bus"/> is (so made by that handler, never taken from the container).
/// </summary>
public sealed class ReminderScheduler(IMessageContext bus, ReminderClock clock, ReminderOptions options)
{
    /// <summary>The register itself records that a reminder went out.</summary>
    public const string RecordedBy = "registret";

    public async Task ScheduleAsync(IQuerySession session, string assignmentId, CancellationToken ct)
    {
        if (await session.LoadAsync<AssignmentState>(assignmentId, ct) is not { } assignment) return;
        var body = await session.LoadAsync<BodyState>(assignment.Given.GivingBodyId, ct);
        var planned = ReminderPlan.ToSchedule(assignment, (body?.Reminders ?? ReminderSettings.Default).DaysBefore, clock.Today);
        if (planned.Count == 0) return;
        var sent = await SentAsync(session, assignmentId, ct);
        foreach (var r in planned.Where(r => sent?.Has(r.Kind, r.DueDate) != true))
            await SendAsync(new SendReminder(assignmentId, r.Kind, r.DueDate, r.SendOn));
    }

    /// <summary>At its time, or at once if that has passed (a reminder ahead of a due that is nearer than the window).</summary>
    public ValueTask SendAsync(SendReminder reminder)
    {
        var wait = clock.At(reminder.SendOn, options.SendAtTime) - clock.UtcNow;
        var headers = CommandHeaders.For(RecordedBy);
        return wait > TimeSpan.Zero ? bus.ScheduleAsync(reminder, wait, headers) : bus.SendAsync(reminder, headers);
    }

    public static async Task<ReminderLog?> SentAsync(IQuerySession session, string assignmentId, CancellationToken ct) =>
        Evolve.Fold<ReminderLog>(null, (await session.Events.FetchStreamAsync(ReminderLog.StreamId(assignmentId), token: ct)).Select(e => e.Data));
}
