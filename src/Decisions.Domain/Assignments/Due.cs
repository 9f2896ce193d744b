using Decisions.Shared;

namespace Decisions.Assignments;

public enum DueKind { None, Date, Meeting, Month, Period, Recurring }

/// <summary>
/// When an assignment is due, as the decision worded it. <see cref="Text"/> keeps the original words;
/// <see cref="Date"/> is the concrete day once known; <see cref="Latest"/> is the last day the words
/// can mean, so an unresolved due can still be judged overdue.
/// </summary>
/// <param name="BodyId">For <see cref="DueKind.Meeting"/>: the body whose meeting is meant (not always the giving body).</param>
/// <param name="Year">With <see cref="Month"/>: the named month of a Meeting or Month due.</param>
public sealed record Due(
    DueKind Kind, string Text, DateOnly? Date = null, DateOnly? Latest = null,
    string? BodyId = null, int? Year = null, int? Month = null)
{
    public DateOnly? Effective => Date ?? Latest;

    /// <summary>"senast den 30 april 2025".</summary>
    public static Due OnDate(DateOnly date, string text) => new(DueKind.Date, text, date, date);

    /// <summary>"till nämndens nästa sammanträde", "till nästkommande sammanträde": unknown until that meeting is.</summary>
    public static Due NextMeeting(string bodyId, string text) => new(DueKind.Meeting, text, BodyId: bodyId);

    /// <summary>
    /// "vid nämndens sammanträde i september": that month in the giving year, or the next year if the
    /// month has already passed when the assignment is given.
    /// </summary>
    public static Due MeetingInMonth(string bodyId, int month, DateOnly givenOn, string text)
    {
        var year = month < givenOn.Month ? givenOn.Year + 1 : givenOn.Year;
        return new(DueKind.Meeting, text, Latest: EndOfMonth(year, month), BodyId: bodyId, Year: year, Month: month);
    }

    /// <summary>"i oktober 2024", "senast i oktober".</summary>
    public static Due InMonth(int year, int month, string text) => new(DueKind.Month, text, Latest: EndOfMonth(year, month), Year: year, Month: month);

    /// <summary>"under 2024".</summary>
    public static Due DuringYear(int year, string text) => new(DueKind.Period, text, Latest: new DateOnly(year, 12, 31), Year: year);

    /// <summary>"i samband med årsredovisningen": only the caller knows the bound, if any.</summary>
    public static Due Period(string text, DateOnly? latest) => new(DueKind.Period, text, Latest: latest);

    /// <summary>"årligen": never a single deadline, so never overdue by itself.</summary>
    public static Due Recurring(string text) => new(DueKind.Recurring, text);

    public static Due Unspecified(string text = "") => new(DueKind.None, text);

    /// <summary>
    /// Whether a meeting of <paramref name="bodyId"/> on <paramref name="meetingDate"/> is (a better
    /// candidate for) the meeting meant. Meetings become known in any import order, so an earlier
    /// qualifying meeting replaces a later one; meetings on or before the giving day never qualify.
    /// </summary>
    public bool IsResolvedBy(DateOnly givenOn, string bodyId, DateOnly meetingDate) =>
        Kind == DueKind.Meeting
        && BodyId == bodyId
        && meetingDate > givenOn
        && (Month is null || (meetingDate.Year == Year && meetingDate.Month == Month))
        && (Date is null || meetingDate < Date);

    static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    internal Validation Validate(Validation v, string field) =>
        v.Check(Kind != DueKind.Date || Date is not null, $"{field}.Date", "en tid som är ett datum behöver datumet")
         .Check(Kind != DueKind.Meeting || !string.IsNullOrWhiteSpace(BodyId), $"{field}.BodyId", "en tid som är ett sammanträde namnger organet")
         .Check(Date is null || Latest is null || Date <= Latest, $"{field}.Latest", "är före förfallodagen")
         .Check(Month is null or (>= 1 and <= 12), $"{field}.Month", "måste vara 1–12")
         .Check(Year is null || (Year >= Validation.EarliestDate.Year && Year <= Validation.LatestDate.Year), $"{field}.Year",
             $"måste ligga mellan {Validation.EarliestDate.Year} och {Validation.LatestDate.Year}");
}
