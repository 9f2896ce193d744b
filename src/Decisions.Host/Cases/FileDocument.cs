using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Cases;

/// <summary>En handling diarieförs i ett ärende.</summary>
public static class FileDocumentEndpoint
{
    [WolverinePost("/api/cases/documents"), Tags("Ärenden")]
    public static Task<CommandAccepted> Post(FileDocument command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class FileDocumentHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        FileDocument command,
        [WriteAggregate(nameof(FileDocument.CaseId), Required = false)] IEventStream<CaseState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => CaseDecider.Decide(s, command));
}
