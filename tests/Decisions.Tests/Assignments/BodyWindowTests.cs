using Decisions.Assignments;
using Decisions.Reminders;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Assignments;

/// <summary>A body that reminds earlier than the default sees its assignments turn yellow earlier, wherever a light is shown.</summary>
public class BodyWindowTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public async Task A_body_with_a_fortnight_window_sees_an_assignment_due_in_eleven_days_as_due_soon()
    {
        var client = app.CreateClient();
        var list = $"/api/bodies/{Api.Encoded(Hsn)}/follow-up?meeting=2023-09-19";
        // On the September meeting the two September assignments were bounded by the month's end, eleven days away.
        (await client.GetJson<StandingList>(list)).Items.Single(i => i.AssignmentId == SeptemberStaff).Light!.Cause.ShouldBe(LightCause.OnTime);

        await client.Accept("/api/bodies/reminders/days", new SetReminderDays(Hsn, 14, new DateOnly(2023, 9, 1)));

        var after = await client.GetJson<StandingList>(list);
        after.WindowDays.ShouldBe(14);
        after.Items.Single(i => i.AssignmentId == SeptemberStaff).Light!.Cause.ShouldBe(LightCause.DueSoon);
    }
}
