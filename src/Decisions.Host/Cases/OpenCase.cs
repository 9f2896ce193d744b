using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Cases;

/// <summary>Ett ärende läggs upp med sitt diarienummer.</summary>
public static class OpenCaseEndpoint
{
    [WolverinePost("/api/cases"), Tags("Ärenden")]
    public static Task<CommandAccepted> Post(OpenCase command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class OpenCaseHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        OpenCase command,
        [WriteAggregate(nameof(OpenCase.CaseId), Required = false)] IEventStream<CaseState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => CaseDecider.Decide(s, command));
}
