using Decisions.Calendar;
using Decisions.Shared;

namespace Decisions.Meetings;

/// <summary>Who was in the room for one §, and who of them decided.</summary>
public sealed record ParagraphAttendance(IReadOnlyList<Attendee> Deciders, IReadOnlyList<Attendee> PresentSubstitutes, IReadOnlyList<Official> Officials);

/// <param name="Details">Current facts, corrections applied.</param>
/// <param name="RecordedDetails">As first recorded; a re-import is compared with these, so it cannot undo a correction.</param>
public sealed partial record MeetingState(
    string Id, string BodyId, MeetingDetails Details, MeetingDetails RecordedDetails,
    Attendance? Attendance, Attendance? RecordedAttendance,
    IReadOnlyList<Paragraph> Paragraphs, MinutesAdjusted? Adjustment, IReadOnlyList<int> ImmediatelyAdjusted, MinutesPosted? Posting)
{
    public static MeetingState Start(MeetingHeld e) => new(e.MeetingId, e.BodyId, e.Details, e.Details, null, null, [], null, [], null);

    public MeetingState Evolve(AttendanceRecorded e) => this with { Attendance = e.Attendance, RecordedAttendance = e.Attendance };
    public MeetingState Evolve(ParagraphRecorded e) => this with { Paragraphs = [.. Paragraphs.Append(e.Paragraph).OrderBy(p => p.Number)] };
    public MeetingState Evolve(MinutesAdjusted e) => this with { Adjustment = e };
    public MeetingState Evolve(ParagraphAdjustedImmediately e) => this with { ImmediatelyAdjusted = [.. ImmediatelyAdjusted, e.Paragraph] };
    public MeetingState Evolve(MinutesPosted e) => this with { Posting = e };
    public MeetingState Evolve(MeetingCorrected e) => this with { Details = e.Details };
    public MeetingState Evolve(AttendanceCorrected e) => this with { Attendance = e.Attendance };

    public DateOnly AdjustmentDue => LegalClocks.AdjustmentDue(Details.Date);
    public DateOnly? PostingDue => Adjustment is null ? null : LegalClocks.PostingDue(Adjustment.OccurredOn);
    public DateOnly? AppealEndsOn => Posting is null ? null : LegalClocks.AppealEndsOn(Posting.OccurredOn);
    public DateOnly? LegalForceOn => Posting is null ? null : LegalClocks.LegalForceOn(Posting.OccurredOn);

    public Paragraph? FindParagraph(int number) => Paragraphs.FirstOrDefault(p => p.Number == number);

    /// <summary>
    /// Serving members minus those with jäv in the §. An ersättare serving for a member is in the
    /// serving list in the member's place, so takes part; the absent member does not.
    /// </summary>
    public ParagraphAttendance AttendanceIn(int paragraph)
    {
        var p = FindParagraph(paragraph) ?? throw new NotFound("Paragraph", StreamIds.Decision(Id, paragraph));
        var attendance = Attendance ?? new Attendance([], [], []);
        return new(
            [.. attendance.Serving.Where(a => !p.Disqualified.Contains(a.Name))],
            attendance.PresentSubstitutes,
            [.. attendance.Officials.Where(o => o.Attended(paragraph))]);
    }
}
