using Decisions.Commands;
using Decisions.Shared;
using Wolverine.Http;

namespace Decisions.Cases;

/// <summary>Ärende: opened, documents filed. Decisions join their case by themselves (see CaseFiling).</summary>
public static class CaseEndpoints
{
    [WolverinePost("/api/cases"), Tags("Ärenden")]
    public static Task<CommandAccepted> Open(OpenCase command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<CaseState>(http, expectedVersion, StreamIds.Case(command.CaseNumber ?? ""), command, s => CaseDecider.Decide(s, command));

    [WolverinePost("/api/cases/documents"), Tags("Ärenden")]
    public static Task<CommandAccepted> File(FileDocument command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<CaseState>(http, expectedVersion, StreamIds.Case(command.CaseNumber ?? ""), command, s => CaseDecider.Decide(s, command));
}
