namespace Decisions.Calendar;

/// <summary>
/// Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the days that lag 1930:173
/// treats like them when a statutory period ends. No holiday package is served to us, so the
/// moveable feasts are derived from Easter here.
/// </summary>
public static class SwedishCalendar
{
    public static DateOnly EasterSunday(int year)
    {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    public static IReadOnlyList<(DateOnly Date, string Name)> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), "Nyårsdagen"),
            (new DateOnly(year, 1, 6), "Trettondedag jul"),
            (easter.AddDays(-2), "Långfredagen"),
            (easter, "Påskdagen"),
            (easter.AddDays(1), "Annandag påsk"),
            (new DateOnly(year, 5, 1), "Första maj"),
            (easter.AddDays(39), "Kristi himmelsfärdsdag"),
            (easter.AddDays(49), "Pingstdagen"),
            (new DateOnly(year, 6, 6), "Sveriges nationaldag"),
            (FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday), "Midsommardagen"),
            (FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), "Alla helgons dag"),
            (new DateOnly(year, 12, 25), "Juldagen"),
            (new DateOnly(year, 12, 26), "Annandag jul"),
        ];
    }

    public static bool IsPublicHoliday(DateOnly date) =>
        PublicHolidays(date.Year).Any(h => h.Date == date);

    /// <summary>
    /// A day on which a statutory period may not end (lag 1930:173 2 §): weekends, public holidays,
    /// midsommarafton, julafton and nyårsafton.
    /// </summary>
    public static bool IsNonWorkingDay(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        || IsPublicHoliday(date)
        || date == Midsummer(date.Year).AddDays(-1)
        || date is { Month: 12, Day: 24 or 31 };

    public static DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (IsNonWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    static DateOnly Midsummer(int year) => FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday);

    static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
