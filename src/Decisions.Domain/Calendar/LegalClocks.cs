namespace Decisions.Calendar;

/// <summary>The kommunallag clocks that follow from a meeting's dates; computed, never typed.</summary>
public static class LegalClocks
{
    /// <summary>Justering within 14 days of the meeting (kommunallagen 8 kap. 12 §).</summary>
    public static DateOnly AdjustmentDue(DateOnly meetingDate) => meetingDate.AddDays(14);

    /// <summary>Posting no later than the second day after justering (kommunallagen 8 kap. 12 §).</summary>
    public static DateOnly PostingDue(DateOnly adjustedOn) => adjustedOn.AddDays(2);

    /// <summary>
    /// Laglighetsprövning: three weeks from the day the posting was announced (13 kap. 6 §); a period
    /// whose last day cannot be a deadline runs to the next working day (lag 1930:173).
    /// </summary>
    public static DateOnly AppealEndsOn(DateOnly postedOn) =>
        SwedishCalendar.NextWorkingDayFrom(postedOn.AddDays(21));

    /// <summary>Laga kraft: the day after the appeal period has run out without an appeal.</summary>
    public static DateOnly LegalForceOn(DateOnly postedOn) => AppealEndsOn(postedOn).AddDays(1);
}
