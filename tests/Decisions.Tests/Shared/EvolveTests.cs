using Decisions.Assignments;
using Decisions.Shared;

namespace Decisions.Tests.Shared;

public class EvolveTests
{
    static readonly AssignmentGiven Given = new("a/1", "d", "hsn", null, "Regiondirektören", "Identifiera kostnadsminskningar",
        Due.OnDate(new DateOnly(2023, 5, 16), "senast den 16 maj 2023"), new DateOnly(2023, 4, 18));

    [Fact]
    public void Folding_from_nothing_starts_the_state_with_its_create_and_moves_it_with_apply()
    {
        var state = Evolve.Fold<AssignmentState>(null,
            [Given, new ReportBackReceived("a/1", new ReportBack(new DateOnly(2023, 5, 4), "doc", ReportCompleteness.Complete, "Rapport"))]);
        state.ShouldNotBeNull().Status.ShouldBe(AssignmentStatus.Reported);
    }

    [Fact]
    public void An_event_the_state_has_no_apply_for_leaves_it_unchanged()
    {
        var state = Evolve.Fold<AssignmentState>(null, [Given, "not an assignment event"]);
        state.ShouldNotBeNull().Status.ShouldBe(AssignmentStatus.Given);
    }

    [Fact]
    public void Events_before_the_first_fact_do_not_start_a_state() =>
        Evolve.Fold<AssignmentState>(null, [new AssignmentWithdrawn("a/1", "x", null, new DateOnly(2023, 5, 1))]).ShouldBeNull();
}
