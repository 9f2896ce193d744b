using Decisions.Calendar;

namespace Decisions.Tests.Calendar;

public class LegalClocksTests
{
    [Fact]
    public void Posting_on_2023_12_08_gives_an_appeal_period_that_ends_on_2023_12_29() =>
        LegalClocks.AppealEndsOn(new DateOnly(2023, 12, 8)).ShouldBe(new DateOnly(2023, 12, 29));

    [Fact]
    public void A_period_that_would_end_on_a_saturday_runs_to_the_monday() =>
        // 2024-04-06 + 21 days = Saturday 2024-04-27.
        LegalClocks.AppealEndsOn(new DateOnly(2024, 4, 6)).ShouldBe(new DateOnly(2024, 4, 29));

    [Fact]
    public void A_period_that_would_end_on_julafton_runs_past_the_christmas_holidays() =>
        // 2024-12-03 + 21 = julafton (Tuesday); 25th and 26th are holidays, so Friday the 27th.
        LegalClocks.AppealEndsOn(new DateOnly(2024, 12, 3)).ShouldBe(new DateOnly(2024, 12, 27));

    [Fact]
    public void A_period_that_would_end_on_ascension_day_runs_to_the_friday() =>
        // Kristi himmelsfärdsdag 2024 is Thursday 2024-05-09.
        LegalClocks.AppealEndsOn(new DateOnly(2024, 4, 18)).ShouldBe(new DateOnly(2024, 5, 10));

    [Fact]
    public void Justering_is_due_fourteen_days_after_the_meeting_and_posting_two_days_after_justering()
    {
        LegalClocks.AdjustmentDue(new DateOnly(2023, 11, 29)).ShouldBe(new DateOnly(2023, 12, 13));
        LegalClocks.PostingDue(new DateOnly(2023, 12, 8)).ShouldBe(new DateOnly(2023, 12, 10));
    }

    [Fact]
    public void A_decision_takes_legal_force_the_day_after_the_appeal_period() =>
        LegalClocks.LegalForceOn(new DateOnly(2023, 12, 8)).ShouldBe(new DateOnly(2023, 12, 30));
}

public class SwedishCalendarTests
{
    [Theory]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_sunday_falls_on_the_known_date(int year, string expected) =>
        SwedishCalendar.EasterSunday(year).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2024-06-21")] // midsommarafton
    [InlineData("2024-06-22")] // midsommardagen
    [InlineData("2024-11-02")] // alla helgons dag
    [InlineData("2023-12-31")] // nyårsafton
    [InlineData("2024-03-29")] // långfredagen
    [InlineData("2024-12-24")] // julafton
    public void Statutory_periods_do_not_end_on_holidays_eves_or_weekends(string date) =>
        SwedishCalendar.IsNonWorkingDay(DateOnly.Parse(date)).ShouldBeTrue();

    [Theory]
    [InlineData("2023-12-29")] // an ordinary Friday
    [InlineData("2024-05-20")] // annandag pingst stopped being a holiday in 2005
    public void Ordinary_weekdays_are_working_days(string date) =>
        SwedishCalendar.IsNonWorkingDay(DateOnly.Parse(date)).ShouldBeFalse();
}
