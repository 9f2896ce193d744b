using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Decisions;

public class DecisionTests
{
    const string Hsn = "halso-och-sjukvardsnamnden";
    static readonly DateOnly Day = new(2023, 4, 18);

    static readonly DecisionDetails Details = new(Hsn, Day, 46, "Åtgärder för att nå en ekonomi i balans", "HSN/570/2023", DecisionKind.Decision,
        ["Regiondirektören får i uppdrag att till nämndens nästa sammanträde identifiera möjliga kostnadsminskningar."],
        [new("Jenny Steen", "S"), new("Anna Stark", "M", "Anna Nordqvist")],
        [new("Anna Stark", "bifall till förslaget")],
        [new(9, 4, 0)],
        [new(["Elin Jensen"], "till förmån för eget yrkande")],
        ["Anna Gunnarsson"],
        []);

    static DecisionState Taken() => DecisionState.Start((DecisionTaken)DecisionDecider.Decide(null, new TakeDecision(Details)).Single());

    [Fact]
    public void A_decision_is_keyed_by_its_meeting_and_paragraph_and_keeps_everything_the_protocol_says()
    {
        var decision = Taken();
        decision.Id.ShouldBe("halso-och-sjukvardsnamnden/2023-04-18/§46");
        decision.MeetingId.ShouldBe("halso-och-sjukvardsnamnden/2023-04-18");
        decision.Details.Participants[1].ServesFor.ShouldBe("Anna Nordqvist");
        decision.Details.Reservations.Single().Names.ShouldBe(["Elin Jensen"]);
        decision.Confidential.ShouldBeFalse();
    }

    [Fact]
    public void Taking_the_same_decision_again_adds_nothing_but_other_facts_need_a_correction()
    {
        DecisionDecider.Decide(Taken(), new TakeDecision(Details with { Clauses = [.. Details.Clauses] }, new("another-import"))).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => DecisionDecider.Decide(Taken(), new TakeDecision(Details with { Kind = DecisionKind.Noted })));
    }

    [Fact]
    public void A_decision_without_clauses_is_invalid_but_a_noted_information_item_needs_none()
    {
        Should.Throw<ValidationFailed>(() => DecisionDecider.Decide(null, new TakeDecision(Details with { Clauses = [] })))
            .Errors.Keys.ShouldBe(["Details.Clauses"]);
        DecisionDecider.Decide(null, new TakeDecision(Details with { Kind = DecisionKind.Noted, Clauses = [] })).Single().ShouldBeOfType<DecisionTaken>();
    }

    [Fact]
    public void Every_bad_field_of_a_decision_is_named()
    {
        var bad = Details with
        {
            BodyId = "", Title = " ", Paragraph = 0, Clauses = ["ok", ""],
            Participants = [new("")], Motions = [new("", "x")], Votes = [new(2, -1, 0, YesNames: ["only one"])], Reservations = [new([])],
        };
        Should.Throw<ValidationFailed>(() => DecisionDecider.Decide(null, new TakeDecision(bad))).Errors.Keys.ShouldBe(
            ["Details.BodyId", "Details.Title", "Details.Paragraph", "Details.Clauses[1]", "Details.Participants[0]",
             "Details.Motions[0]", "Details.Votes[0]", "Details.Reservations[0]"], ignoreOrder: true);
    }

    [Fact]
    public void A_correction_changes_kind_and_clauses_keeps_the_rest_and_a_re_import_does_not_undo_it()
    {
        var decision = Taken();
        decision = Fold.Apply(decision, DecisionDecider.Decide(decision,
            new CorrectDecision(decision.Id, DecisionKind.SentBack, ["Ärendet återremitteras."], "Felaktigt protokollfört", new DateOnly(2023, 5, 2))));
        decision.Details.Kind.ShouldBe(DecisionKind.SentBack);
        decision.Details.Clauses.ShouldBe(["Ärendet återremitteras."]);
        decision.Details.Title.ShouldBe(Details.Title);
        DecisionDecider.Decide(decision, new TakeDecision(Details)).ShouldBeEmpty();
    }

    [Fact]
    public void A_decision_correction_must_change_something()
    {
        var decision = Taken();
        Should.Throw<DomainRuleViolation>(() => DecisionDecider.Decide(decision,
            new CorrectDecision(decision.Id, Details.Kind, [.. Details.Clauses], "nothing", Day))).Message.ShouldContain("måste ändra något");
    }

    [Fact]
    public void Marking_a_decision_confidential_flags_it_once_and_needs_a_ground()
    {
        var decision = Taken();
        Should.Throw<ValidationFailed>(() => DecisionDecider.Decide(decision, new MarkDecisionConfidential(decision.Id, "", Day))).Errors.Keys.ShouldBe(["Reason"]);
        decision = Fold.Apply(decision, DecisionDecider.Decide(decision, new MarkDecisionConfidential(decision.Id, "OSL 25 kap. 1 §", Day)));
        decision.Confidential.ShouldBeTrue();
        DecisionDecider.Decide(decision, new MarkDecisionConfidential(decision.Id, "OSL 25 kap. 1 §", Day)).ShouldBeEmpty();
    }

    [Fact]
    public void Commands_on_a_decision_that_does_not_exist_are_not_found() =>
        Should.Throw<NotFound>(() => DecisionDecider.Decide(null, new MarkDecisionConfidential("hsn/2023-04-18/§99", "x", Day)))
            .Message.ShouldContain("Beslutet hsn/2023-04-18/§99 finns inte");
}
