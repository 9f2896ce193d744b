using Decisions.Bodies;
using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Reminders;

/// <summary>Hur många dagar före förfallodagen organets uppdragstagare och sekreterare påminns (1–90; standard 7).</summary>
public static class SetReminderDaysEndpoint
{
    [WolverinePost("/api/bodies/reminders/days"), Tags("Påminnelser")]
    public static Task<CommandAccepted> Post(SetReminderDays command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class SetReminderDaysHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        SetReminderDays command,
        [WriteAggregate(nameof(SetReminderDays.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => ReminderSettingsDecider.Decide(s, command));
}
