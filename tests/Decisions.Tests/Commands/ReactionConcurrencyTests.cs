using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Commands;

public class ReactionConcurrencyTests
{
    [Fact]
    public async Task An_assignment_given_while_another_transaction_schedules_the_meeting_it_waits_for_still_gets_its_date()
    {
        await using var register = await Register.CreateAsync(nameof(ReactionConcurrencyTests));
        var bodyId = StreamIds.Body("Regionstyrelsen");
        await register.Send(new RegisterBody("Regionstyrelsen", BodyKind.Styrelse, null, new DateOnly(2024, 1, 1)));
        await register.Send(new RegisterBody("Kommunstyrelsens arbetsutskott", BodyKind.Utskott, null, new DateOnly(2024, 1, 1)));

        // The schedule and an assignment "till styrelsens nästa sammanträde" are committed at the same moment, by two
        // people, each without seeing the other's.
        var decisionId = "kommunstyrelsens-arbetsutskott/2024-04-03/§5";
        var give = new GiveAssignment(decisionId, 1, "kommunstyrelsens-arbetsutskott", null, "Regiondirektören", "återkomma",
            Due.NextMeeting(bodyId, "till styrelsens nästa sammanträde"), new DateOnly(2024, 4, 3));
        await using (var session = register.Store.LightweightSession())
        {
            // The decision the assignment refers to, written directly: this test is about the schedule.
            session.Events.StartStream(decisionId, new DecisionTaken(decisionId, "kommunstyrelsens-arbetsutskott/2024-04-03",
                new DecisionDetails("kommunstyrelsens-arbetsutskott", new DateOnly(2024, 4, 3), 5, "Uppdrag", null, DecisionKind.Decision,
                    ["att uppdra åt regiondirektören att återkomma"], [], [], [], [], [], [])));
            await session.SaveChangesAsync();
        }
        for (var round = 0; round < 5; round++)
        {
            var date = new DateOnly(2024, 5, 14).AddDays(-round);
            await Task.WhenAll(
                register.Send(new ScheduleMeeting(bodyId, date, new DateOnly(2024, 4, 2)), "sekreterare 1"),
                register.Send(give with { ClauseIndex = round + 1 }, "sekreterare 2"));
        }
        await register.FollowUpsDone();

        await using var query = register.Store.QuerySession();
        for (var round = 0; round < 5; round++)
            (await query.LoadAsync<AssignmentState>(StreamIds.Assignment(decisionId, round + 1))).ShouldNotBeNull()
                .Due.Date.ShouldBe(new DateOnly(2024, 5, 14).AddDays(-4), $"uppdrag {round + 1}");
    }
}
