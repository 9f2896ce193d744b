using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Reminders;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Reminders;

/// <summary>Which reminders an assignment has, and whether one is to go out now: the pure rule the scheduling and the sending share.</summary>
public class ReminderPlanTests
{
    const string Body = "kommunstyrelsen";
    const string Id = Body + "/2030-02-01/§5/1";
    static readonly DateOnly DueOn = new(2030, 3, 11);
    static readonly TimeOnly SevenAm = new(7, 0);

    static AssignmentState Given(Due due) => AssignmentState.Start(new AssignmentGiven(
        Id, Body + "/2030-02-01/§5", Body, "KS 2030/0001", "Kommundirektören", "återkomma med en plan", due, new DateOnly(2030, 2, 1)));

    static readonly AssignmentState ByDate = Given(Due.OnDate(DueOn, "senast den 11 mars 2030"));

    [Fact]
    public void A_dated_assignment_is_reminded_the_window_ahead_and_on_the_day() =>
        ReminderPlan.Of(ByDate, 7).ShouldBe([
            new PlannedReminder(ReminderKind.Before, DueOn, new DateOnly(2030, 3, 4)),
            new PlannedReminder(ReminderKind.DueDay, DueOn, DueOn)]);

    [Fact]
    public void A_body_of_its_own_window_moves_only_the_reminder_ahead() =>
        ReminderPlan.Of(ByDate, 14).Select(r => r.SendOn).ShouldBe([new DateOnly(2030, 2, 25), DueOn]);

    [Fact]
    public void A_month_or_a_year_is_reminded_of_its_last_day_and_a_meeting_only_once_it_is_known()
    {
        ReminderPlan.Of(Given(Due.InMonth(2030, 4, "i april 2030")), 7).Last().DueDate.ShouldBe(new DateOnly(2030, 4, 30));
        ReminderPlan.Of(Given(Due.DuringYear(2030, "under 2030")), 7).Last().DueDate.ShouldBe(new DateOnly(2030, 12, 31));
        var inSeptember = Given(Due.MeetingInMonth(Body, 9, new DateOnly(2030, 2, 1), "vid sammanträdet i september"));
        ReminderPlan.Of(inSeptember, 7).ShouldBeEmpty();
        ReminderPlan.Of(inSeptember.Evolve(new DueResolved(Id, Body + "/2030-09-16", new DateOnly(2030, 9, 16), new DateOnly(2030, 6, 1))), 7)
            .Last().DueDate.ShouldBe(new DateOnly(2030, 9, 16));
    }

    [Fact]
    public void A_recurring_or_unstated_due_has_no_reminders()
    {
        ReminderPlan.Of(Given(Due.Recurring("årligen")), 7).ShouldBeEmpty();
        ReminderPlan.Of(Given(Due.Unspecified()), 7).ShouldBeEmpty();
    }

    [Fact]
    public void Only_an_assignee_who_still_owes_something_is_reminded()
    {
        var partly = ByDate.Evolve(new ReportBackReceived(Id, new ReportBack(new DateOnly(2030, 3, 1), "x", ReportCompleteness.Partial, "läget")));
        ReminderPlan.Of(partly, 7).Count.ShouldBe(2);
        ReminderPlan.Of(ByDate.Evolve(new ReportBackReceived(Id, new ReportBack(new DateOnly(2030, 3, 1), "x", ReportCompleteness.Complete, "klart"))), 7).ShouldBeEmpty();
        ReminderPlan.Of(ByDate.Evolve(new AssignmentClosed(Id, "beslut", new DateOnly(2030, 3, 1))), 7).ShouldBeEmpty();
        ReminderPlan.Of(ByDate.Evolve(new AssignmentWithdrawn(Id, "behövs inte", null, new DateOnly(2030, 3, 1))), 7).ShouldBeEmpty();
        ReminderPlan.Of(ByDate.Evolve(new AssignmentMerged(Id, "annat", "samman", new DateOnly(2030, 3, 1))), 7).ShouldBeEmpty();
    }

    [Fact]
    public void Last_years_minutes_remind_nobody_and_a_near_due_is_announced_at_once()
    {
        ReminderPlan.ToSchedule(ByDate, 7, new DateOnly(2031, 1, 1)).ShouldBeEmpty();
        ReminderPlan.ToSchedule(ByDate, 7, new DateOnly(2030, 3, 9)).Select(r => r.Kind).ShouldBe([ReminderKind.Before, ReminderKind.DueDay]);
        ReminderPlan.ToSchedule(ByDate, 7, DueOn).Select(r => r.Kind).ShouldBe([ReminderKind.DueDay]);
    }

    static PlannedReminder? Now(AssignmentState a, ReminderKind kind, DateOnly due, DateTime now, ReminderLog? sent = null) =>
        ReminderPlan.DueNow(a, 7, kind, due, now, SevenAm, sent);

    [Fact]
    public void A_reminder_goes_out_at_its_time_not_a_second_before()
    {
        Now(ByDate, ReminderKind.Before, DueOn, new DateTime(2030, 3, 4, 6, 59, 59)).ShouldBeNull();
        Now(ByDate, ReminderKind.Before, DueOn, new DateTime(2030, 3, 4, 7, 0, 0)).ShouldNotBeNull();
        Now(ByDate, ReminderKind.DueDay, DueOn, new DateTime(2030, 3, 11, 6, 59, 59)).ShouldBeNull();
        Now(ByDate, ReminderKind.DueDay, DueOn, new DateTime(2030, 3, 11, 7, 0, 0)).ShouldNotBeNull();
    }

    [Fact]
    public void A_reminder_already_sent_for_this_due_is_not_sent_again_but_one_for_another_due_is()
    {
        var sent = ReminderLog.Start(new ReminderSent(Id, ReminderKind.Before, DueOn, ["kd@kommun.se"], 1, new DateOnly(2030, 3, 4)));
        Now(ByDate, ReminderKind.Before, DueOn, new DateTime(2030, 3, 5, 8, 0, 0), sent).ShouldBeNull();
        var moved = ByDate.Evolve(new DeadlineChanged(Id, Due.OnDate(new DateOnly(2030, 3, 12), "12 mars"), "mer tid", null, new DateOnly(2030, 3, 5)));
        Now(moved, ReminderKind.Before, new DateOnly(2030, 3, 12), new DateTime(2030, 3, 5, 8, 0, 0), sent).ShouldNotBeNull();
    }

    [Fact]
    public void A_message_for_a_due_that_has_moved_or_a_day_that_has_passed_does_nothing()
    {
        var moved = ByDate.Evolve(new DeadlineChanged(Id, Due.OnDate(new DateOnly(2030, 4, 30), "30 april"), "mer tid", null, new DateOnly(2030, 3, 1)));
        Now(moved, ReminderKind.Before, DueOn, new DateTime(2030, 3, 4, 7, 0, 0)).ShouldBeNull();
        Now(ByDate, ReminderKind.Before, DueOn, new DateTime(2030, 3, 11, 7, 0, 0)).ShouldBeNull();
        Now(ByDate, ReminderKind.DueDay, DueOn, new DateTime(2030, 3, 12, 7, 0, 0)).ShouldBeNull();
    }

    [Fact]
    public void A_reminder_ahead_that_was_missed_goes_out_late_while_the_day_has_not_come() =>
        Now(ByDate, ReminderKind.Before, DueOn, new DateTime(2030, 3, 10, 23, 0, 0)).ShouldNotBeNull();
}

/// <summary>A body's reminder settings are facts on its stream; a bad value is refused naming its field.</summary>
public class ReminderSettingsTests
{
    static readonly BodyState Body = BodyState.Start(new BodyRegistered("kommunstyrelsen", "Kommunstyrelsen", BodyKind.Styrelse, null, new DateOnly(2030, 1, 1)));
    static readonly DateOnly On = new(2030, 1, 2);

    static BodyState After(params object[] commands) =>
        commands.Aggregate(Body, (state, c) => Fold.Apply(state, (IReadOnlyList<object>)ReminderSettingsDecider.Decide(state, (dynamic)c)));

    [Fact]
    public void A_body_starts_with_the_shared_window_and_no_addresses()
    {
        Body.Reminders.DaysBefore.ShouldBe(ReminderWindow.DefaultDaysBefore);
        Body.Reminders.SecretaryEmail.ShouldBeNull();
        Body.Reminders.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void A_contact_belongs_to_a_role_whatever_its_letter_case_and_an_empty_address_removes_it()
    {
        var body = After(new SetAssigneeContact(Body.Id, "Kommundirektören", "kd@kommun.se", On), new SetSecretaryEmail(Body.Id, " sekr@kommun.se ", On));
        body.Reminders.ContactFor("kommundirektören").ShouldBe("kd@kommun.se");
        body.Reminders.SecretaryEmail.ShouldBe("sekr@kommun.se");
        After(new SetAssigneeContact(Body.Id, "Kommundirektören", "kd@kommun.se", On), new SetAssigneeContact(Body.Id, "KOMMUNDIREKTÖREN", "", On))
            .Reminders.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void Setting_what_is_already_set_records_nothing()
    {
        ReminderSettingsDecider.Decide(Body, new SetReminderDays(Body.Id, 7, On)).ShouldBeEmpty();
        ReminderSettingsDecider.Decide(Body, new SetSecretaryEmail(Body.Id, null, On)).ShouldBeEmpty();
        ReminderSettingsDecider.Decide(Body, new SetAssigneeContact(Body.Id, "Förvaltningen", "", On)).ShouldBeEmpty();
    }

    [Fact]
    public void A_bad_value_is_refused_naming_its_field()
    {
        Should.Throw<ValidationFailed>(() => ReminderSettingsDecider.Decide(Body, new SetReminderDays(Body.Id, 0, On))).Errors.Keys.ShouldBe(["DaysBefore"]);
        Should.Throw<ValidationFailed>(() => ReminderSettingsDecider.Decide(Body, new SetReminderDays(Body.Id, 91, On))).Errors["DaysBefore"][0].ShouldContain("1–90");
        Should.Throw<ValidationFailed>(() => ReminderSettingsDecider.Decide(Body, new SetSecretaryEmail(Body.Id, "sekreteraren", On))).Errors["Email"][0].ShouldContain("e-postadress");
        Should.Throw<ValidationFailed>(() => ReminderSettingsDecider.Decide(Body, new SetAssigneeContact(Body.Id, " ", "a@b.se; c@d.se", On))).Errors.Keys
            .ShouldBe(["Assignee", "Email"], ignoreOrder: true);
        Should.Throw<NotFound>(() => ReminderSettingsDecider.Decide(null, new SetReminderDays("okand", 7, On)));
    }
}
