using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_assignment_reader
{
    static readonly DateOnly Meeting = new(2025, 3, 12);

    [Theory]
    [InlineData("Regiondirektören får i uppdrag att ta fram en plan", "Regiondirektören")]
    [InlineData("ge förvaltningen i uppdrag att ta fram en plan", "förvaltningen")]
    [InlineData("uppdra åt kommunstyrelsen att ta fram en plan", "kommunstyrelsen")]
    [InlineData("Socialchefen uppdras att ta fram en plan", "Socialchefen")]
    public void Reads_the_assignee_in_each_phrasing(string clause, string assignee)
    {
        var read = AssignmentReader.Read(clause, 3, Meeting);
        read.Assignment.ShouldNotBeNull().Assignee.ShouldBe(assignee);
        read.Assignment.Task.ShouldBe("ta fram en plan");
        read.Warning.ShouldBeNull();
    }

    [Fact]
    public void Takes_a_due_before_the_task_out_of_the_task()
    {
        var a = AssignmentReader.Read("uppdra åt kommunstyrelsen att senast den 30 april 2025 redovisa en plan", 1, Meeting).Assignment.ShouldNotBeNull();
        a.Task.ShouldBe("redovisa en plan");
        a.Due.ShouldBe(new DuePreview(DueKind.Date, new DateOnly(2025, 4, 30), "senast den 30 april 2025", new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public void Reads_no_assignment_in_a_recounted_one() =>
        AssignmentReader.Read("Nämnden gav förvaltningen i uppdrag att ta fram en plan", 1, Meeting).Assignment.ShouldBeNull();
}

public class The_due_reader
{
    static readonly DateOnly Meeting = new(2025, 5, 20);

    [Theory]
    [InlineData("senast 2025-12-31", DueKind.Date, "2025-12-31")]
    [InlineData("till nämndens nästa sammanträde", DueKind.Meeting, null)]
    [InlineData("vid nämndens sammanträde i september", DueKind.Meeting, "2025-09-30")]
    [InlineData("senast i oktober 2025", DueKind.Month, "2025-10-31")]
    [InlineData("under första kvartalet 2026", DueKind.Period, "2026-03-31")]
    [InlineData("i samband med årsredovisningen", DueKind.Period, null)]
    [InlineData("kvartalsvis", DueKind.Recurring, null)]
    public void Reads_each_kind(string words, DueKind kind, string? latest)
    {
        var due = DueReader.Read("redovisa " + words, Meeting).ShouldNotBeNull().Due;
        due.Kind.ShouldBe(kind);
        due.Latest.ShouldBe(latest is null ? null : DateOnly.Parse(latest));
    }

    [Fact]
    public void Reads_no_due_in_a_sentence_without_one() => DueReader.Read("ta fram en plan", Meeting).ShouldBeNull();
}

public class The_assignment_reader_on_promises_and_dues
{
    static readonly DateOnly Meeting = new(2025, 3, 12);

    [Theory]
    [InlineData("Förvaltningen ska återkomma med en utvärdering", "Förvaltningen", "återkomma med en utvärdering")]
    [InlineData("Förvaltningschefen lovar att återkomma med en analys", "Förvaltningschefen", "återkomma med en analys")]
    [InlineData("uppdra till kommunstyrelsen att följa upp ekonomin", "kommunstyrelsen", "följa upp ekonomin")]
    [InlineData("uppdra åt kommunlednings- kontoret att ta fram en prognos", "kommunledningskontoret", "ta fram en prognos")]
    public void Reads_who_promised_or_was_given_the_task(string clause, string assignee, string task)
    {
        var a = AssignmentReader.Read(clause, 1, Meeting).Assignment.ShouldNotBeNull();
        (a.Assignee, a.Task).ShouldBe((assignee, task));
    }

    [Fact]
    public void Keeps_a_recurring_due_in_the_task_and_prefers_it_to_an_open_period()
    {
        var a = AssignmentReader.Read("Förvaltningschefen får i uppdrag att årligen i samband med årsredovisningen redovisa uppföljningen", 1, Meeting).Assignment.ShouldNotBeNull();
        a.Task.ShouldStartWith("årligen");
        a.Due.Kind.ShouldBe(DueKind.Recurring);
    }

    [Fact]
    public void Reads_before_the_summer_as_an_open_period() =>
        AssignmentReader.Read("Fritidskonsulenten får i uppdrag att före sommaren ta fram en kalkyl", 1, Meeting).Assignment.ShouldNotBeNull().Due.Kind.ShouldBe(DueKind.Period);
}
