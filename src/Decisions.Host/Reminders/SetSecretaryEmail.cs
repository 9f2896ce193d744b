using Decisions.Bodies;
using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Reminders;

/// <summary>Organets sekreterare, som påminns om varje uppdrag organet gett; tom adress tar bort.</summary>
public static class SetSecretaryEmailEndpoint
{
    [WolverinePost("/api/bodies/reminders/secretary"), Tags("Påminnelser")]
    public static Task<CommandAccepted> Post(SetSecretaryEmail command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class SetSecretaryEmailHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        SetSecretaryEmail command,
        [WriteAggregate(nameof(SetSecretaryEmail.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => ReminderSettingsDecider.Decide(s, command));
}
