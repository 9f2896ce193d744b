using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>En paragraf justeras omedelbart.</summary>
public static class AdjustParagraphImmediatelyEndpoint
{
    [WolverinePost("/api/meetings/paragraph-adjustment"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(AdjustParagraphImmediately command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class AdjustParagraphImmediatelyHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        AdjustParagraphImmediately command,
        [WriteAggregate(nameof(AdjustParagraphImmediately.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
