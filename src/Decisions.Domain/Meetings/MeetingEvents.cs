using Decisions.Events;

namespace Decisions.Meetings;

/// <summary>The facts of the protocol's head ("Tid 2023-11-29, kl. 09:00-10:37", "Plats ...").</summary>
public sealed record MeetingDetails(DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Place);

/// <param name="ServesFor">The member this ersättare serves for ("X ersätter Y"); null for a member in their own seat.</param>
public sealed record Attendee(string Name, string? Party = null, string? Role = null, string? ServesFor = null);

/// <param name="Paragraphs">The §§ the official attended ("ekonomichef §§26-28"); null = the whole meeting.</param>
public sealed record Official(string Name, string? Role = null, IReadOnlyList<int>? Paragraphs = null)
{
    public bool Attended(int paragraph) => Paragraphs is null || Paragraphs.Contains(paragraph);
}

/// <param name="Serving">Tjänstgörande ledamöter, including ersättare serving for a member.</param>
/// <param name="PresentSubstitutes">Närvarande ersättare: attend but do not decide.</param>
/// <param name="Officials">Övriga närvarande.</param>
public sealed record Attendance(IReadOnlyList<Attendee> Serving, IReadOnlyList<Attendee> PresentSubstitutes, IReadOnlyList<Official> Officials);

/// <param name="Disqualified">Members with jäv in this §: they do not take part in its decision.</param>
public sealed record Paragraph(int Number, string Title, string? CaseNumber, IReadOnlyList<string> Disqualified);

public sealed record MeetingHeld(string MeetingId, string BodyId, MeetingDetails Details, Provenance? Source = null) : IDomainEvent
{
    public DateOnly OccurredOn => Details.Date;
}

public sealed record AttendanceRecorded(string MeetingId, Attendance Attendance, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record ParagraphRecorded(string MeetingId, Paragraph Paragraph, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="LatestAllowed">The date the protocol itself names ("ska vara justerat senast den 13 december 2023").</param>
/// <param name="OccurredOn">Justeringens tid: the day the minutes were adjusted.</param>
public sealed record MinutesAdjusted(
    string MeetingId, IReadOnlyList<string> Adjusters, DateOnly? LatestAllowed, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <summary>Omedelbar justering: "Paragrafen är justerad" at the meeting itself.</summary>
public sealed record ParagraphAdjustedImmediately(string MeetingId, int Paragraph, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="OccurredOn">The day the posting went up on the notice board; the appeal period runs from it.</param>
public sealed record MinutesPosted(string MeetingId, DateOnly? TakenDownOn, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <summary>Rättelse of the protocol's head; the stream id keeps the date it was first known by.</summary>
public sealed record MeetingCorrected(string MeetingId, MeetingDetails Details, string Reason, DateOnly OccurredOn) : ICorrection;

public sealed record AttendanceCorrected(string MeetingId, Attendance Attendance, string Reason, DateOnly OccurredOn) : ICorrection;
