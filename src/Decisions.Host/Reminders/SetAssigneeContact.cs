using Decisions.Bodies;
using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Reminders;

/// <summary>Vart en uppdragstagare (en roll som "kommundirektören") påminns om organets uppdrag; tom adress tar bort.</summary>
public static class SetAssigneeContactEndpoint
{
    [WolverinePost("/api/bodies/reminders/contacts"), Tags("Påminnelser")]
    public static Task<CommandAccepted> Post(SetAssigneeContact command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class SetAssigneeContactHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        SetAssigneeContact command,
        [WriteAggregate(nameof(SetAssigneeContact.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => ReminderSettingsDecider.Decide(s, command));
}
