using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Decisions.Reminders;

/// <summary>It is time for this reminder of the assignment, if it still is one (see <see cref="SendReminderHandler"/>).</summary>
[MessageIdentity(ReminderMessages.Prefix + "send")]
public sealed record SendReminder(string AssignmentId, ReminderKind Kind, DateOnly DueDate, DateOnly SendOn);

/// <summary>
/// Decides, when a scheduled reminder's time comes, whether it goes out: the assignment is read again, so a reminder for a
/// due that has since moved, of an assignment since finished or reported, or one that already went out, does nothing.
/// One that goes out is recorded (<see cref="ReminderSent"/>) in the same transaction as its deliveries are stored, so
/// it goes out once; each delivery is then tried until it goes through. The queue takes one at a time, so two copies of
/// the same reminder (scheduled before and after its due moved back) cannot both find it unsent.
/// </summary>
public static class SendReminderHandler
{
    public static async Task Handle(SendReminder message, IDocumentSession session, IMessageContext bus, ReminderClock clock,
        IOptions<ReminderOptions> settings, Organisations.OrganisationDirectory organisations, ILogger<SendReminder> log, CancellationToken ct)
    {
        var options = settings.Value;
        // Scheduled by a host whose clock ran ahead of this one's: it waits again rather than go out early.
        if (clock.At(message.SendOn, options.SendAtTime) > clock.UtcNow)
        {
            await new ReminderScheduler(bus, clock, options).SendAsync(message);
            return;
        }
        if (await session.LoadAsync<AssignmentState>(message.AssignmentId, ct) is not { } assignment) return;
        var body = await session.LoadAsync<BodyState>(assignment.Given.GivingBodyId, ct);
        var settingsOfBody = body?.Reminders ?? ReminderSettings.Default;
        var logId = ReminderLog.StreamId(assignment.Id);
        var history = await session.Events.FetchStreamAsync(logId, token: ct);
        var sent = Shared.Evolve.Fold<ReminderLog>(null, history.Select(e => e.Data));
        if (ReminderPlan.DueNow(assignment, settingsOfBody.DaysBefore, message.Kind, message.DueDate, clock.LocalNow, options.SendAtTime, sent) is not { } reminder)
            return;

        var decision = await session.LoadAsync<DecisionState>(assignment.Given.DecisionId, ct);
        var about = new ReminderSubject(assignment, reminder, body?.Name ?? assignment.Given.GivingBodyId, clock.Today,
            Confidential: assignment.Confidential || decision?.Confidential == true);
        // The link leads to the register of the organisation whose assignment it is (the message's tenant).
        var registerUrl = await organisations.AddressAsync(options.RegisterUrl, bus.TenantId, ct);
        var mail = string.IsNullOrWhiteSpace(options.Smtp.Host) ? null : ReminderText.Mail(about, settingsOfBody, registerUrl);
        // Other systems are not cleared for sekretess: they hear nothing of a confidential assignment, not even that it falls due.
        var webhooks = about.Confidential ? [] : options.Webhooks.Urls;
        if (mail is null && webhooks.Count == 0)
        {
            log.LogWarning("Påminnelsen om {Assignment} ({Kind}, {Due}) har ingen mottagare: ingen e-postserver, adress eller webhook är inställd.",
                assignment.Id, reminder.Kind, reminder.DueDate);
            return;
        }

        var recorded = new ReminderSent(assignment.Id, reminder.Kind, reminder.DueDate, mail?.Recipients ?? [], webhooks.Count, clock.Today);
        if (history.Count == 0) session.Events.StartStream(logId, recorded);
        else session.Events.Append(logId, history.Count + 1, recorded);
        if (mail is not null) await bus.SendAsync(mail);
        if (webhooks.Count == 0) return;
        var payload = System.Text.Json.JsonSerializer.Serialize(ReminderText.Webhook(about, registerUrl), ReminderText.Json);
        foreach (var url in webhooks) await bus.SendAsync(new DeliverReminderWebhook(url, about.Id, payload));
    }
}

/// <summary>The prefix of the reminders' messages: they wait for a time of their own, and are not follow-ups in progress.</summary>
public static class ReminderMessages
{
    public const string Prefix = Commands.FollowUpProgress.TimedMessagePrefix + "reminder-";
}
