using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Import;
using Decisions.Meetings;
using Decisions.Shared;

namespace Decisions.Tests.Import;

/// <summary>What a document means for the register, decided without a database: the plan for each state of what it touches.</summary>
public class ImportPlannerTests
{
    static DocumentPreview Minutes => new ImportOverrides().ApplyTo(Fixture.Preview(Fixture.AuMinutes2023));

    static RegisterView Holding(DocumentPreview preview, params object[] commands)
    {
        var touched = ImportPlanner.Touches(preview).ToHashSet();
        var states = new Dictionary<string, object>();
        foreach (var command in commands)
        {
            var target = Deciders.TargetOf(command);
            var state = target.Decide(states.GetValueOrDefault(target.StreamId)).Aggregate(states.GetValueOrDefault(target.StreamId),
                (s, e) => Evolve.Apply(target.State, s, e));
            states[target.StreamId] = state!;
        }
        return new RegisterView(touched, states);
    }

    [Fact]
    public void A_new_protocol_becomes_its_body_its_meeting_and_a_decision_per_paragraph_in_that_order()
    {
        var plan = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes));

        plan.Commands[0].ShouldBeOfType<RegisterBody>();
        plan.Commands[1].ShouldBeOfType<HoldMeeting>();
        plan.Commands.OfType<TakeDecision>().Count().ShouldBe(Minutes.Paragraphs.Count);
        plan.Commands.OfType<GiveAssignment>().Count().ShouldBe(Minutes.Paragraphs.Sum(p => p.Assignments.Count));
    }

    [Fact]
    public void The_same_protocol_again_plans_only_what_decides_nothing_new()
    {
        var first = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes));
        var again = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes, [.. first.Commands]));

        again.Commands.OfType<RegisterBody>().ShouldBeEmpty();
        again.Commands.OfType<HoldMeeting>().ShouldBeEmpty();
        again.Commands.OfType<TakeDecision>().ShouldBeEmpty();
        again.Commands.OfType<CorrectDecision>().ShouldBeEmpty();
        again.Commands.OfType<GiveAssignment>().ShouldBeEmpty();
    }

    [Fact]
    public void A_protocol_whose_decision_was_recorded_differently_plans_a_correction()
    {
        var first = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes));
        var taken = first.Commands.OfType<TakeDecision>().First();
        var recorded = first.Commands.Select(c => ReferenceEquals(c, taken) ? taken with { Details = taken.Details with { Clauses = ["ett annat beslut"] } } : c).ToArray();

        var again = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes, recorded));

        again.Commands.OfType<CorrectDecision>().ShouldHaveSingleItem().DecisionId.ShouldBe(taken.DecisionId);
    }

    [Fact]
    public void A_new_assignment_of_a_decision_marked_confidential_is_marked_in_the_same_plan()
    {
        var first = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes));
        var give = first.Commands.OfType<GiveAssignment>().First();
        var withoutAssignments = first.Commands.Where(c => c is not GiveAssignment)
            .Append(new MarkDecisionConfidential(give.DecisionId, "sekretess enligt OSL", give.GivenOn)).ToArray();

        var again = ImportPlanner.Plan(Minutes, new ImportOverrides(), Holding(Minutes, withoutAssignments));

        again.Commands.OfType<MarkAssignmentConfidential>().ShouldContain(m => m.AssignmentId == give.AssignmentId);
    }
}
