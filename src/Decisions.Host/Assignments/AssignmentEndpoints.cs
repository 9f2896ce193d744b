using Microsoft.AspNetCore.Authorization;
using Decisions.Commands;
using Decisions.Shared;
using Wolverine.Http;

namespace Decisions.Assignments;

/// <summary>Uppdrag: given by a decision clause, reported back on, closed, changed, withdrawn, merged, corrected.</summary>
public static class AssignmentEndpoints
{
    [WolverinePost("/api/assignments"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Give(GiveAssignment command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, StreamIds.Assignment(command.DecisionId ?? "", Math.Max(command.ClauseIndex, 1)), command,
            s => AssignmentDecider.Decide(s, command), new Reference("Decision", command.DecisionId ?? ""));

    [WolverinePost("/api/assignments/report-backs"), Tags("Uppdrag")]
    public static Task<CommandAccepted> ReportBack(ReceiveReportBack command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command));

    [WolverinePost("/api/assignments/closing"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Close(CloseAssignment command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command),
            new Reference("Decision", command.AcceptingDecisionId ?? ""));

    [WolverinePost("/api/assignments/deadline-changes"), Tags("Uppdrag")]
    public static Task<CommandAccepted> ChangeDeadline(ChangeDeadline command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command));

    [WolverinePost("/api/assignments/withdrawals"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Withdraw(WithdrawAssignment command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command));

    [WolverinePost("/api/assignments/merges"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Merge(MergeAssignment command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command),
            new Reference("Assignment", command.IntoAssignmentId ?? ""));

    [WolverinePost("/api/assignments/corrections"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Correct(CorrectAssignment command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command));

    [WolverinePost("/api/assignments/confidential"), Tags("Uppdrag"), Authorize(Policy = Accounts.Policies.Administer)]
    public static Task<CommandAccepted> Confidential(MarkAssignmentConfidential command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<AssignmentState>(http, expectedVersion, command.AssignmentId, command, s => AssignmentDecider.Decide(s, command));
}
