using Decisions.Commands;
using Decisions.Shared;
using Wolverine.Http;

namespace Decisions.Bodies;

/// <summary>Organ: registration, membership, meeting schedule. Every command takes an optional expectedVersion.</summary>
public static class BodyEndpoints
{
    [WolverinePost("/api/bodies"), Tags("Organ")]
    public static Task<CommandAccepted> Register(RegisterBody command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<BodyState>(http, expectedVersion, StreamIds.Body(command.Name ?? ""), command, s => BodyDecider.Decide(s, command));

    [WolverinePost("/api/bodies/members"), Tags("Organ")]
    public static Task<CommandAccepted> Join(JoinMember command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<BodyState>(http, expectedVersion, command.BodyId, command, s => BodyDecider.Decide(s, command));

    [WolverinePost("/api/bodies/members/left"), Tags("Organ")]
    public static Task<CommandAccepted> Leave(LeaveMember command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<BodyState>(http, expectedVersion, command.BodyId, command, s => BodyDecider.Decide(s, command));

    [WolverinePost("/api/bodies/schedule"), Tags("Organ")]
    public static Task<CommandAccepted> Schedule(ScheduleMeeting command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<BodyState>(http, expectedVersion, command.BodyId, command, s => BodyDecider.Decide(s, command));
}
