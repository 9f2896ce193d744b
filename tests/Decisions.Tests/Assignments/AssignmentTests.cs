using Decisions.Assignments;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Assignments;

/// <summary>The assignment HSN gave the regiondirektör on 2023-04-18, § 46 (seed 002).</summary>
public class AssignmentTests
{
    const string Hsn = "halso-och-sjukvardsnamnden";
    const string DecisionId = Hsn + "/2023-04-18/§46";
    const string Id = DecisionId + "/1";
    static readonly DateOnly GivenOn = new(2023, 4, 18);
    static readonly DateOnly ReportedOn = new(2023, 5, 16);

    static readonly GiveAssignment Give = new(DecisionId, 1, Hsn, "HSN/570/2023", "Regiondirektören",
        "identifiera möjliga kostnadsminskningar inom hälso- och sjukvården",
        Due.NextMeeting(Hsn, "till nämndens nästa sammanträde"), GivenOn);

    static AssignmentState Given() => AssignmentState.Start((AssignmentGiven)AssignmentDecider.Decide(null, Give).Single());

    static AssignmentState After(params Func<AssignmentState, object>[] commands) =>
        commands.Aggregate(Given(), (state, command) => Fold.Apply(state, Decide(state, command(state))));

    static IReadOnlyList<object> Decide(AssignmentState state, object command) => AssignmentDecider.Decide(state, (dynamic)command);

    static ReceiveReportBack Report(ReportCompleteness completeness, DateOnly? on = null) =>
        new(Id, new ReportBack(on ?? ReportedOn, "HSN/570/2023/officialreport/2023-05-04", completeness, "Rapport om kostnadsminskningar",
            completeness == ReportCompleteness.Partial ? "Analysen av inhyrd personal återstår" : null));

    static readonly Func<AssignmentState, object> Partly = _ => Report(ReportCompleteness.Partial);
    static readonly Func<AssignmentState, object> Completely = _ => Report(ReportCompleteness.Complete);
    static readonly Func<AssignmentState, object> Close = _ => new CloseAssignment(Id, Hsn + "/2023-05-16/§60", ReportedOn);
    static readonly Func<AssignmentState, object> Withdraw = _ => new WithdrawAssignment(Id, "Uppdraget behövs inte längre", null, ReportedOn);
    static readonly Func<AssignmentState, object> Merge = _ => new MergeAssignment(Id, Hsn + "/2023-04-18/§45/1", "Hålls samman i ett ärende", ReportedOn);

    [Fact]
    public void Giving_an_assignment_keys_it_by_decision_and_clause_and_starts_it_as_given()
    {
        var a = Given();
        a.Id.ShouldBe(Id);
        a.Status.ShouldBe(AssignmentStatus.Given);
        a.Assignee.ShouldBe("Regiondirektören");
        a.Due.Kind.ShouldBe(DueKind.Meeting);
        a.Due.Effective.ShouldBeNull();
    }

    [Fact]
    public void Giving_the_same_assignment_again_adds_nothing_so_a_re_import_is_harmless() =>
        AssignmentDecider.Decide(Given(), Give with { Source = new("re-import") }).ShouldBeEmpty();

    [Fact]
    public void Giving_a_different_assignment_under_an_existing_id_is_refused() =>
        Should.Throw<DomainRuleViolation>(() => AssignmentDecider.Decide(Given(), Give with { Task = "något annat" })).Message.ShouldContain(Id);

    [Fact]
    public void An_empty_assignee_and_task_and_a_bad_clause_are_all_named()
    {
        var bad = Give with { Assignee = " ", Task = "", ClauseIndex = 0, Due = new Due(DueKind.Meeting, "nästa sammanträde") };
        Should.Throw<ValidationFailed>(() => AssignmentDecider.Decide(null, bad)).Errors.Keys
            .ShouldBe(["Assignee", "Task", "ClauseIndex", "Due.BodyId"], ignoreOrder: true);
    }

    [Fact]
    public void A_partial_report_back_makes_it_partly_reported() =>
        After(Partly).Status.ShouldBe(AssignmentStatus.PartlyReported);

    [Fact]
    public void A_complete_report_back_makes_it_reported_and_a_later_partial_one_does_not_reopen_it()
    {
        After(Partly, Completely).Status.ShouldBe(AssignmentStatus.Reported);
        var a = After(Completely, _ => Report(ReportCompleteness.Partial, ReportedOn.AddDays(30)));
        a.Status.ShouldBe(AssignmentStatus.Reported);
        a.ReportBacks.Count.ShouldBe(2);
    }

    [Fact]
    public void The_same_report_back_received_twice_is_recorded_once() =>
        AssignmentDecider.Decide(After(Partly), Report(ReportCompleteness.Partial)).ShouldBeEmpty();

    [Fact]
    public void A_partial_report_without_a_reason_is_refused_naming_the_field_in_Swedish_and_a_share_must_be_a_percentage()
    {
        var bare = Report(ReportCompleteness.Partial) with { Report = Report(ReportCompleteness.Partial).Report with { Reason = " ", Progress = 101 } };
        var errors = Should.Throw<ValidationFailed>(() => AssignmentDecider.Decide(Given(), bare)).Errors;
        errors.Keys.ShouldBe(["Report.Reason", "Report.Progress"], ignoreOrder: true);
        errors["Report.Reason"].Single().ShouldContain("skälet till att uppdraget fortsätter");
        errors["Report.Progress"].Single().ShouldContain("mellan 0 och 100");
    }

    [Fact]
    public void A_complete_report_needs_no_reason_and_carries_its_share()
    {
        var complete = Report(ReportCompleteness.Complete) with { Report = Report(ReportCompleteness.Complete).Report with { Progress = 100 } };
        After(_ => complete).ReportBacks.Single().Progress.ShouldBe(100);
    }

    [Fact]
    public void The_same_report_with_another_reason_is_refused_from_a_person_and_ignored_from_a_document_read_again()
    {
        var a = After(Partly);
        var reworded = Report(ReportCompleteness.Partial) with { Report = a.ReportBacks.Single() with { Reason = "Annat skäl" } };
        Should.Throw<DomainRuleViolation>(() => AssignmentDecider.Decide(a, reworded)).Message.ShouldContain("redan registrerad");
        AssignmentDecider.Decide(a, reworded with { Source = new("protokoll.pdf") }).ShouldBeEmpty();
    }

    [Fact]
    public void A_report_stored_before_reasons_were_kept_still_reads_and_is_the_same_report_as_its_citation()
    {
        var stored = System.Text.Json.JsonSerializer.Deserialize<ReportBack>("""{"On":"2023-05-16","At":"m","Completeness":0,"Summary":"Aktuellt läge"}""")!;
        stored.Reason.ShouldBeNull();
        stored.Progress.ShouldBeNull();
        stored.IsSameReport(stored with { Reason = "Aktuellt läge" }).ShouldBeTrue();
    }

    [Fact]
    public void A_report_back_dated_before_the_assignment_was_given_is_invalid() =>
        Should.Throw<ValidationFailed>(() => AssignmentDecider.Decide(Given(), Report(ReportCompleteness.Complete, GivenOn.AddDays(-1))))
            .Errors.Keys.ShouldBe(["Report.On"]);

    [Fact]
    public void Closing_after_a_report_back_closes_it_with_the_accepting_decision()
    {
        var a = After(Completely, Close);
        a.Status.ShouldBe(AssignmentStatus.Closed);
        a.ClosedBy.ShouldBe(Hsn + "/2023-05-16/§60");
        Decide(a, Close(a)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => AssignmentDecider.Decide(a, new CloseAssignment(Id, "other", ReportedOn)));
    }

    [Fact]
    public void An_assignment_cannot_be_closed_without_a_report_back() =>
        Should.Throw<DomainRuleViolation>(() => After(Close)).Message.ShouldContain("utan en återrapportering");

    [Fact]
    public void A_partial_report_back_accepted_by_the_body_can_close_it() =>
        After(Partly, Close).Status.ShouldBe(AssignmentStatus.Closed);

    [Fact]
    public void A_report_on_a_withdrawn_assignment_is_refused() =>
        Should.Throw<DomainRuleViolation>(() => After(Withdraw, Completely)).Message.ShouldContain("återkallat");

    [Fact]
    public void A_report_on_a_closed_assignment_is_refused() =>
        Should.Throw<DomainRuleViolation>(() => After(Completely, Close, _ => Report(ReportCompleteness.Complete, ReportedOn.AddDays(1))))
            .Message.ShouldContain("avslutat");

    [Fact]
    public void A_report_on_a_merged_assignment_is_refused_and_points_to_the_one_it_was_merged_into() =>
        Should.Throw<DomainRuleViolation>(() => After(Merge, Completely)).Message.ShouldContain("§45/1");

    [Fact]
    public void Withdrawing_stops_it_once_and_a_closed_one_cannot_be_withdrawn()
    {
        var a = After(Withdraw);
        a.Status.ShouldBe(AssignmentStatus.Withdrawn);
        Decide(a, Withdraw(a)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => After(Completely, Close, Withdraw));
        Should.Throw<ValidationFailed>(() => After(_ => new WithdrawAssignment(Id, "", null, ReportedOn))).Errors.Keys.ShouldBe(["Reason"]);
    }

    [Fact]
    public void Merging_points_to_the_other_assignment_and_an_assignment_cannot_merge_into_itself()
    {
        var a = After(Merge);
        a.Status.ShouldBe(AssignmentStatus.Merged);
        a.MergedInto.ShouldBe(Hsn + "/2023-04-18/§45/1");
        Decide(a, Merge(a)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => AssignmentDecider.Decide(a, new MergeAssignment(Id, "elsewhere", "x", ReportedOn)));
        Should.Throw<ValidationFailed>(() => After(_ => new MergeAssignment(Id, Id, "", ReportedOn))).Errors.Keys
            .ShouldBe(["IntoAssignmentId", "Reason"], ignoreOrder: true);
        Should.Throw<DomainRuleViolation>(() => After(Withdraw, Merge));
    }

    [Fact]
    public void A_deadline_change_replaces_the_due_and_so_the_effective_due()
    {
        var extended = Due.OnDate(new DateOnly(2025, 11, 30), "Tiden för uppdraget förlängs till 2025-11-30");
        var a = After(_ => new ChangeDeadline(Id, extended, "Förlängd tid", Hsn + "/2025-06-10/§80", new DateOnly(2025, 6, 10)));
        a.Due.ShouldBe(extended);
        a.Due.Effective.ShouldBe(new DateOnly(2025, 11, 30));
        a.Extended.ShouldBe(new Extension(new DateOnly(2025, 6, 10), "Förlängd tid"));
        AssignmentDecider.Decide(a, new ChangeDeadline(Id, extended, "Förlängd tid", null, new DateOnly(2025, 6, 10))).ShouldBeEmpty();
    }

    [Fact]
    public void A_deadline_change_needs_a_reason_and_is_refused_once_the_assignment_is_finished()
    {
        var extended = Due.InMonth(2025, 11, "november 2025");
        Should.Throw<ValidationFailed>(() => After(_ => new ChangeDeadline(Id, extended, "", null, ReportedOn))).Errors["Reason"]
            .ShouldBe(["måste anges: skälet till att uppdraget får ny tid"]);
        Should.Throw<DomainRuleViolation>(() => After(Withdraw, _ => new ChangeDeadline(Id, extended, "x", null, ReportedOn)));
    }

    [Fact]
    public void A_correction_changes_assignee_task_and_due_and_a_re_import_does_not_undo_it()
    {
        var a = After(s => new CorrectAssignment(Id, "Hälso- och sjukvårdsdirektören", s.Task, s.Due, "Fel mottagare", ReportedOn));
        a.Assignee.ShouldBe("Hälso- och sjukvårdsdirektören");
        AssignmentDecider.Decide(a, Give).ShouldBeEmpty();
        a.Assignee.ShouldBe("Hälso- och sjukvårdsdirektören");
    }

    [Fact]
    public void An_assignment_correction_must_change_something_and_keep_assignee_and_task()
    {
        Should.Throw<DomainRuleViolation>(() => After(s => new CorrectAssignment(Id, s.Assignee, s.Task, s.Due, "nothing", ReportedOn)))
            .Message.ShouldContain("måste ändra något");
        Should.Throw<ValidationFailed>(() => After(s => new CorrectAssignment(Id, "", "", s.Due, "", ReportedOn))).Errors.Keys
            .ShouldBe(["Assignee", "Task", "Reason"], ignoreOrder: true);
    }

    [Fact]
    public void Marking_an_assignment_confidential_flags_it_once()
    {
        var a = After(_ => new MarkAssignmentConfidential(Id, "OSL 21 kap. 1 §", ReportedOn));
        a.Confidential.ShouldBeTrue();
        AssignmentDecider.Decide(a, new MarkAssignmentConfidential(Id, "OSL 21 kap. 1 §", ReportedOn)).ShouldBeEmpty();
    }

    [Fact]
    public void Commands_on_an_assignment_that_does_not_exist_are_not_found() =>
        Should.Throw<NotFound>(() => AssignmentDecider.Decide(null, Report(ReportCompleteness.Complete))).Message.ShouldContain($"Uppdraget {Id} finns inte");
}
