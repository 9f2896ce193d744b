using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Reminders;

namespace Decisions.Shared;

/// <summary>The stream a command writes, the state it is decided on, and the decision itself.</summary>
public sealed record CommandTarget(Type State, string StreamId, Func<object?, IReadOnlyList<object>> Decide);

/// <summary>
/// Every command of the register and where it is decided, in one table: the import executes a plan of commands of
/// any kind in one transaction through it, as the use cases' own handlers do one at a time.
/// </summary>
public static class Deciders
{
    public static CommandTarget TargetOf(object command) => command switch
    {
        RegisterBody c => On<BodyState>(c.BodyId, s => BodyDecider.Decide(s, c)),
        JoinMember c => On<BodyState>(c.BodyId, s => BodyDecider.Decide(s, c)),
        LeaveMember c => On<BodyState>(c.BodyId, s => BodyDecider.Decide(s, c)),
        ScheduleMeeting c => On<BodyState>(c.BodyId, s => BodyDecider.Decide(s, c)),
        SetReminderDays c => On<BodyState>(c.BodyId, s => ReminderSettingsDecider.Decide(s, c)),
        SetSecretaryEmail c => On<BodyState>(c.BodyId, s => ReminderSettingsDecider.Decide(s, c)),
        SetAssigneeContact c => On<BodyState>(c.BodyId, s => ReminderSettingsDecider.Decide(s, c)),

        HoldMeeting c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        RecordAttendance c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        RecordParagraph c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        AdjustMinutes c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        AdjustParagraphImmediately c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        PostMinutes c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        CorrectMeeting c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),
        CorrectAttendance c => On<MeetingState>(c.MeetingId, s => MeetingDecider.Decide(s, c)),

        TakeDecision c => On<DecisionState>(c.DecisionId, s => DecisionDecider.Decide(s, c)),
        CorrectDecision c => On<DecisionState>(c.DecisionId, s => DecisionDecider.Decide(s, c)),
        MarkDecisionConfidential c => On<DecisionState>(c.DecisionId, s => DecisionDecider.Decide(s, c)),

        GiveAssignment c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        ResolveDue c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        ChangeDeadline c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        ReceiveReportBack c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        CloseAssignment c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        WithdrawAssignment c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        MergeAssignment c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        CorrectAssignment c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),
        MarkAssignmentConfidential c => On<AssignmentState>(c.AssignmentId, s => AssignmentDecider.Decide(s, c)),

        CiteReportBack c => On<CitationsState>(c.CitationsId, s => CitationDecider.Decide(s, c)),
        CiteDeadlineChange c => On<CitationsState>(c.CitationsId, s => CitationDecider.Decide(s, c)),

        OpenCase c => On<CaseState>(c.CaseId, s => CaseDecider.Decide(s, c)),
        FileDocument c => On<CaseState>(c.CaseId, s => CaseDecider.Decide(s, c)),
        RecordDecisionInCase c => On<CaseState>(c.CaseId, s => CaseDecider.Decide(s, c)),

        _ => throw new ArgumentException($"{command.GetType().Name} is not a command of the register.", nameof(command)),
    };

    /// <summary>
    /// No stream can have an empty id: the command's own checks name the field it came in (a blank AssignmentId is
    /// "AssignmentId måste anges"), without asking the database.
    /// </summary>
    public static CommandTarget Checked(CommandTarget target)
    {
        if (!string.IsNullOrWhiteSpace(target.StreamId)) return target;
        target.Decide(null);
        throw new ValidationFailed(new Dictionary<string, string[]> { ["id"] = ["måste anges"] });
    }

    static CommandTarget On<TState>(string streamId, Func<TState?, IReadOnlyList<object>> decide) where TState : class =>
        new(typeof(TState), streamId, state => decide((TState?)state));
}
