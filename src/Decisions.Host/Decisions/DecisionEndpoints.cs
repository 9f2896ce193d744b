using Microsoft.AspNetCore.Authorization;
using Decisions.Commands;
using Decisions.Shared;
using Wolverine.Http;

namespace Decisions.Decisions;

/// <summary>Beslut: taken in a paragraph of a held meeting; corrected or marked confidential later.</summary>
public static class DecisionEndpoints
{
    [WolverinePost("/api/decisions"), Tags("Beslut")]
    public static Task<CommandAccepted> Take(TakeDecision command, CommandRunner runner, HttpContext http, long? expectedVersion)
    {
        var meetingId = StreamIds.Meeting(command.Details?.BodyId ?? "", command.Details?.Date ?? default);
        return runner.Run<DecisionState>(http, expectedVersion, StreamIds.Decision(meetingId, command.Details?.Paragraph ?? 0), command,
            s => DecisionDecider.Decide(s, command), new Reference("Meeting", meetingId));
    }

    [WolverinePost("/api/decisions/corrections"), Tags("Beslut")]
    public static Task<CommandAccepted> Correct(CorrectDecision command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<DecisionState>(http, expectedVersion, command.DecisionId, command, s => DecisionDecider.Decide(s, command));

    [WolverinePost("/api/decisions/confidential"), Tags("Beslut"), Authorize(Policy = Accounts.Policies.Administer)]
    public static Task<CommandAccepted> Confidential(MarkDecisionConfidential command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<DecisionState>(http, expectedVersion, command.DecisionId, command, s => DecisionDecider.Decide(s, command));
}
