using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace Decisions.Tests.Web;

public class FollowUpNoticeTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    const string Notice = "för just nu in följder av nyss registrerade uppgifter";

    [Fact]
    public async Task A_page_read_while_a_follow_up_is_pending_says_so_and_says_nothing_once_none_is()
    {
        var reader = app.CreateAnonymousClient();
        (await reader.GetStringAsync("/")).ShouldNotContain(Notice);

        // A follow-up stored for later (as a retry is) is pending until it has run.
        var bus = new MessageBus(app.Services.GetRequiredService<IWolverineRuntime>());
        await bus.ScheduleAsync(new ResolveDue("nagon/2024-01-01/§1/1", "nagon", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 1)),
            TimeSpan.FromHours(1), CommandHeaders.For("test"));

        (await reader.GetStringAsync("/")).ShouldContain(Notice);
        (await reader.GetStringAsync("/forsenade")).ShouldContain(Notice);
        (await reader.GetStringAsync("/api/reports/overdue?asOf=2024-01-31")).ShouldNotContain(Notice);
    }
}
