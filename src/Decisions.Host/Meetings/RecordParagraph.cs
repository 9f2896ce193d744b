using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>En paragraf i protokollet.</summary>
public static class RecordParagraphEndpoint
{
    [WolverinePost("/api/meetings/paragraphs"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(RecordParagraph command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class RecordParagraphHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        RecordParagraph command,
        [WriteAggregate(nameof(RecordParagraph.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
