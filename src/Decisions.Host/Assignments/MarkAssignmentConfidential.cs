using Microsoft.AspNetCore.Authorization;
using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag omfattas av sekretess.</summary>
public static class MarkAssignmentConfidentialEndpoint
{
    [WolverinePost("/api/assignments/confidential"), Tags("Uppdrag"), Authorize(Policy = Accounts.Policies.Administer)]
    public static Task<CommandAccepted> Post(MarkAssignmentConfidential command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class MarkAssignmentConfidentialHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        MarkAssignmentConfidential command,
        [WriteAggregate(nameof(MarkAssignmentConfidential.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
