using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Commands;

public class ReactionConcurrencyTests
{
    [Fact]
    public async Task An_assignment_given_while_another_transaction_schedules_the_meeting_it_waits_for_still_gets_its_date()
    {
        await using var register = await Register.CreateAsync(nameof(ReactionConcurrencyTests));
        var runner = new CommandRunner(register.Store, Reactions.All());
        var bodyId = StreamIds.Body("Regionstyrelsen");
        await using (var setup = runner.Begin("test").Session)
        {
            setup.Events.StartStream(bodyId, new BodyRegistered(bodyId, "Regionstyrelsen", BodyKind.Styrelse, null, new DateOnly(2024, 1, 1)));
            await setup.SaveChangesAsync();
        }

        // The schedule is written, but not yet committed.
        var scheduling = runner.Begin("sekreterare 1");
        await scheduling.Execute<BodyState>(bodyId, b => BodyDecider.Decide(b, new ScheduleMeeting(bodyId, new DateOnly(2024, 5, 14), new DateOnly(2024, 4, 2))), CancellationToken.None);

        // Meanwhile an assignment "till styrelsens nästa sammanträde" is given in another transaction.
        var giving = runner.Begin("sekreterare 2");
        var assignmentId = StreamIds.Assignment("kommunstyrelsens-arbetsutskott/2024-04-03/§5", 1);
        var given = Task.Run(async () =>
        {
            await giving.Execute<AssignmentState>(assignmentId, a => AssignmentDecider.Decide(a, new GiveAssignment(
                "kommunstyrelsens-arbetsutskott/2024-04-03/§5", 1, "kommunstyrelsens-arbetsutskott", null, "Regiondirektören", "återkomma",
                Due.NextMeeting(bodyId, "till styrelsens nästa sammanträde"), new DateOnly(2024, 4, 3))), CancellationToken.None);
            await giving.CommitAsync(CancellationToken.None);
        });
        await Task.Delay(300);
        await scheduling.CommitAsync(CancellationToken.None);
        await given.WaitAsync(TimeSpan.FromSeconds(30));
        await scheduling.Session.DisposeAsync();
        await giving.Session.DisposeAsync();

        await using var query = register.Store.QuerySession();
        (await query.LoadAsync<AssignmentState>(assignmentId)).ShouldNotBeNull().Due.Date.ShouldBe(new DateOnly(2024, 5, 14));
    }
}
