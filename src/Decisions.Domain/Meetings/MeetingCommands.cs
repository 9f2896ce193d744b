using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Meetings;

public sealed record HoldMeeting(string BodyId, MeetingDetails Details, Provenance? Source = null)
{
    [JsonIgnore] public string MeetingId => StreamIds.Meeting(BodyId ?? "", Details?.Date ?? default);
}

public sealed record RecordAttendance(string MeetingId, Attendance Attendance, Provenance? Source = null);

public sealed record RecordParagraph(string MeetingId, Paragraph Paragraph, Provenance? Source = null);

public sealed record AdjustMinutes(string MeetingId, IReadOnlyList<string> Adjusters, DateOnly AdjustedOn, DateOnly? LatestAllowed, Provenance? Source = null);

public sealed record AdjustParagraphImmediately(string MeetingId, int Paragraph, Provenance? Source = null);

public sealed record PostMinutes(string MeetingId, DateOnly PostedOn, DateOnly? TakenDownOn, Provenance? Source = null);

public sealed record CorrectMeeting(string MeetingId, MeetingDetails Details, string Reason, DateOnly CorrectedOn);

public sealed record CorrectAttendance(string MeetingId, Attendance Attendance, string Reason, DateOnly CorrectedOn);
