using Decisions.Bodies;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Bodies;

public class BodyTests
{
    static readonly DateOnly Start = new(2023, 1, 1);
    const string Au = "halso-och-sjukvardsnamndens-arbetsutskott";

    static BodyState Registered() => BodyState.Start((BodyRegistered)BodyDecider.Decide(null,
        new RegisterBody("Hälso- och sjukvårdsnämndens arbetsutskott", BodyKind.Utskott, "Hälso- och sjukvårdsnämnden", Start)).Single());

    [Fact]
    public void Registering_a_body_derives_its_id_and_its_parents_id_from_the_names()
    {
        var body = Registered();
        body.Id.ShouldBe(Au);
        body.Kind.ShouldBe(BodyKind.Utskott);
        body.ParentBodyId.ShouldBe("halso-och-sjukvardsnamnden");
    }

    [Fact]
    public void Registering_the_same_body_again_adds_nothing_but_a_different_kind_is_refused()
    {
        var body = Registered();
        BodyDecider.Decide(body, new RegisterBody("Hälso- och sjukvårdsnämndens arbetsutskott", BodyKind.Utskott, "Hälso- och sjukvårdsnämnden", Start)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => BodyDecider.Decide(body,
            new RegisterBody("Hälso- och sjukvårdsnämndens arbetsutskott", BodyKind.Beredning, null, Start)));
    }

    [Fact]
    public void A_body_needs_a_name_and_cannot_be_its_own_parent()
    {
        Should.Throw<ValidationFailed>(() => BodyDecider.Decide(null, new RegisterBody(" ", BodyKind.Namnd, null, Start)))
            .Errors.Keys.ShouldBe(["Name"]);
        Should.Throw<ValidationFailed>(() => BodyDecider.Decide(null, new RegisterBody("RS", BodyKind.Styrelse, "rs", Start)))
            .Errors.Keys.ShouldBe(["ParentBodyName"]);
    }

    [Fact]
    public void Membership_is_kept_over_time_so_the_members_on_any_day_can_be_asked()
    {
        var body = Registered();
        body = Fold.Apply(body, BodyDecider.Decide(body, new JoinMember(Au, "Jenny Steen", "S", "ordförande", false, Start)));
        body = Fold.Apply(body, BodyDecider.Decide(body, new JoinMember(Au, "Maria Karlsson", "S", null, true, Start)));
        body = Fold.Apply(body, BodyDecider.Decide(body, new LeaveMember(Au, "Maria Karlsson", new DateOnly(2023, 6, 30))));

        body.MembersOn(new DateOnly(2023, 6, 30)).Select(m => m.Name).ShouldBe(["Jenny Steen", "Maria Karlsson"]);
        body.MembersOn(new DateOnly(2023, 7, 1)).Select(m => m.Name).ShouldBe(["Jenny Steen"]);
        body.Members.Single(m => m.Name == "Maria Karlsson").IsSubstitute.ShouldBeTrue();
    }

    [Fact]
    public void Joining_twice_with_the_same_facts_adds_nothing()
    {
        var body = Registered();
        var join = new JoinMember(Au, "Jenny Steen", "S", "ordförande", false, Start);
        body = Fold.Apply(body, BodyDecider.Decide(body, join));
        BodyDecider.Decide(body, join).ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_current_member_can_leave_and_not_before_joining()
    {
        var body = Registered();
        Should.Throw<DomainRuleViolation>(() => BodyDecider.Decide(body, new LeaveMember(Au, "Nobody", Start)));
        body = Fold.Apply(body, BodyDecider.Decide(body, new JoinMember(Au, "Anna Stark", "M", null, true, Start)));
        Should.Throw<ValidationFailed>(() => BodyDecider.Decide(body, new LeaveMember(Au, "Anna Stark", Start.AddDays(-1))))
            .Errors.Keys.ShouldBe(["LastDay"]);
        var left = new LeaveMember(Au, "Anna Stark", Start.AddDays(10));
        body = Fold.Apply(body, BodyDecider.Decide(body, left));
        BodyDecider.Decide(body, left).ShouldBeEmpty();
    }

    [Fact]
    public void The_next_meeting_is_the_first_known_one_strictly_after_a_date_whatever_order_they_became_known_in()
    {
        var body = Registered();
        foreach (var date in new[] { new DateOnly(2024, 4, 9), new DateOnly(2023, 11, 29), new DateOnly(2024, 1, 17) })
            body = Fold.Apply(body, BodyDecider.Decide(body, new ScheduleMeeting(Au, date, Start)));

        body.NextMeetingAfter(new DateOnly(2023, 11, 29)).ShouldBe(new DateOnly(2024, 1, 17));
        body.NextMeetingAfter(new DateOnly(2024, 4, 9)).ShouldBeNull();
        BodyDecider.Decide(body, new ScheduleMeeting(Au, new DateOnly(2024, 1, 17), Start)).ShouldBeEmpty();
    }

    [Fact]
    public void Commands_on_a_body_that_does_not_exist_are_not_found() =>
        Should.Throw<NotFound>(() => BodyDecider.Decide(null, new ScheduleMeeting("nope", Start, Start))).Message.ShouldContain("Organet nope finns inte");
}
