using Decisions.Commands;
using Decisions.Shared;
using Wolverine.Http;

namespace Decisions.Meetings;

/// <summary>Sammanträde: held, attendance, paragraphs, justering, anslag, corrections.</summary>
public static class MeetingEndpoints
{
    [WolverinePost("/api/meetings"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Hold(HoldMeeting command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, StreamIds.Meeting(command.BodyId ?? "", command.Details?.Date ?? default), command,
            s => MeetingDecider.Decide(s, command), new Reference("Body", command.BodyId ?? ""));

    [WolverinePost("/api/meetings/attendance"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Attendance(RecordAttendance command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/paragraphs"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Paragraph(RecordParagraph command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/adjustment"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Adjust(AdjustMinutes command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/paragraph-adjustment"), Tags("Sammanträden")]
    public static Task<CommandAccepted> AdjustParagraph(AdjustParagraphImmediately command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/posting"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(PostMinutes command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/corrections"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Correct(CorrectMeeting command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));

    [WolverinePost("/api/meetings/attendance-corrections"), Tags("Sammanträden")]
    public static Task<CommandAccepted> CorrectAttendance(CorrectAttendance command, CommandRunner runner, HttpContext http, long? expectedVersion) =>
        runner.Run<MeetingState>(http, expectedVersion, command.MeetingId, command, s => MeetingDecider.Decide(s, command));
}
