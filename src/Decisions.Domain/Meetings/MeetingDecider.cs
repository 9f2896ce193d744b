using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Meetings;

public static class MeetingDecider
{
    public static IReadOnlyList<object> Decide(MeetingState? state, HoldMeeting cmd)
    {
        var v = Validation.For(cmd).Required(cmd.BodyId, nameof(cmd.BodyId));
        Validate(v, cmd.Details).ThrowIfInvalid();
        var held = new MeetingHeld(StreamIds.Meeting(cmd.BodyId, cmd.Details.Date), cmd.BodyId, cmd.Details, cmd.Source);
        return state is null ? Emit(held) : AlreadyRecorded(state.RecordedDetails, cmd.Details, $"Sammanträdet {state.Id}");
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, RecordAttendance cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        Validate(Validation.For(cmd), cmd.Attendance).ThrowIfInvalid();
        return meeting.RecordedAttendance is null
            ? Emit(new AttendanceRecorded(meeting.Id, cmd.Attendance, meeting.Details.Date, cmd.Source))
            : AlreadyRecorded(meeting.RecordedAttendance, cmd.Attendance, $"Närvaron vid {meeting.Id}");
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, RecordParagraph cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        Validation.For(cmd)
            .Check(cmd.Paragraph.Number >= 1, "Paragraph.Number", "måste vara 1 eller mer")
            .Required(cmd.Paragraph.Title, "Paragraph.Title")
            .ThrowIfInvalid();
        var recorded = meeting.FindParagraph(cmd.Paragraph.Number);
        return recorded is null
            ? Emit(new ParagraphRecorded(meeting.Id, cmd.Paragraph, meeting.Details.Date, cmd.Source))
            : AlreadyRecorded(recorded, cmd.Paragraph, $"§ {recorded.Number} i {meeting.Id}");
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, AdjustMinutes cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        Validation.For(cmd)
            .Check(cmd.Adjusters.Count > 0, nameof(cmd.Adjusters), "minst en justerare skriver under")
            .Each(cmd.Adjusters, nameof(cmd.Adjusters), name => !string.IsNullOrWhiteSpace(name), "måste anges")
            .Check(cmd.AdjustedOn >= meeting.Details.Date, nameof(cmd.AdjustedOn), "är före sammanträdet")
            .Check(cmd.LatestAllowed is null || cmd.LatestAllowed >= meeting.Details.Date, nameof(cmd.LatestAllowed), "är före sammanträdet")
            .ThrowIfInvalid();
        var adjusted = new MinutesAdjusted(meeting.Id, cmd.Adjusters, cmd.LatestAllowed, cmd.AdjustedOn, cmd.Source);
        return meeting.Adjustment is null
            ? Emit(adjusted)
            : AlreadyRecorded(meeting.Adjustment with { Source = null }, adjusted with { Source = null }, $"Justeringen av {meeting.Id}");
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, AdjustParagraphImmediately cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        Validation.For(cmd).ThrowIfInvalid();
        if (meeting.FindParagraph(cmd.Paragraph) is null)
            throw new NotFound("Paragraph", StreamIds.Decision(meeting.Id, cmd.Paragraph));
        return meeting.ImmediatelyAdjusted.Contains(cmd.Paragraph)
            ? Nothing
            : Emit(new ParagraphAdjustedImmediately(meeting.Id, cmd.Paragraph, meeting.Details.Date, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, PostMinutes cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        Validation.For(cmd)
            .Check(cmd.PostedOn >= meeting.Details.Date, nameof(cmd.PostedOn), "är före sammanträdet")
            .Check(cmd.TakenDownOn is null || cmd.TakenDownOn >= cmd.PostedOn, nameof(cmd.TakenDownOn), "är före dagen anslaget sattes upp")
            .ThrowIfInvalid();
        var posted = new MinutesPosted(meeting.Id, cmd.TakenDownOn, cmd.PostedOn, cmd.Source);
        return meeting.Posting is null
            ? Emit(posted)
            : AlreadyRecorded(meeting.Posting with { Source = null }, posted with { Source = null }, $"Anslaget av {meeting.Id}");
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, CorrectMeeting cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        RequireCorrection(Validate(Validation.For(cmd), cmd.Details), cmd.Reason, cmd.Details != meeting.Details);
        return Emit(new MeetingCorrected(meeting.Id, cmd.Details, cmd.Reason, cmd.CorrectedOn));
    }

    public static IReadOnlyList<object> Decide(MeetingState? state, CorrectAttendance cmd)
    {
        var meeting = Existing(state, "Meeting", cmd.MeetingId);
        RequireCorrection(Validate(Validation.For(cmd), cmd.Attendance), cmd.Reason, meeting.Attendance is null || !SameFacts(meeting.Attendance, cmd.Attendance));
        return Emit(new AttendanceCorrected(meeting.Id, cmd.Attendance, cmd.Reason, cmd.CorrectedOn));
    }

    static Validation Validate(Validation v, MeetingDetails d) =>
        v.Check(d.Start is null || d.End is null || d.End > d.Start, "Details.End", "är inte efter starttiden")
         .Check(d.Place is null || d.Place.Trim().Length > 0, "Details.Place", "får inte vara tom");

    static Validation Validate(Validation v, Attendance a) =>
        v.Each(a.Serving, "Attendance.Serving", x => !string.IsNullOrWhiteSpace(x.Name), "behöver ett namn")
         .Each(a.Serving, "Attendance.Serving", x => x.ServesFor != x.Name, "kan inte tjänstgöra för sig själv")
         .Each(a.PresentSubstitutes, "Attendance.PresentSubstitutes", x => !string.IsNullOrWhiteSpace(x.Name), "behöver ett namn")
         .Each(a.Officials, "Attendance.Officials", x => !string.IsNullOrWhiteSpace(x.Name), "behöver ett namn");
}
