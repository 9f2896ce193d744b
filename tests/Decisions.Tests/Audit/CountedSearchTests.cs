using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Audit;

public class CountedSearchTests
{
    [Fact]
    public async Task A_search_with_more_matches_than_are_counted_says_there_are_more_and_still_pages()
    {
        await using var register = await Register.CreateAsync(nameof(CountedSearchTests));
        var bodyId = StreamIds.Body("Kommunstyrelsen");
        await using (var session = register.Store.LightweightSession())
        {
            // One more matching decision than the search counts, each on a stream of its own.
            for (var i = 1; i <= DecisionSearch.CountedUpTo + 1; i++)
            {
                var details = new DecisionDetails(bodyId, new DateOnly(2024, 1, 1).AddDays(i / 20), i % 20 + 1, $"Budgetuppföljning {i}", null,
                    DecisionKind.Noted, [], [], [], [], [], [], []);
                session.Events.StartStream(StreamIds.Decision(StreamIds.Meeting(bodyId, details.Date), details.Paragraph),
                    DecisionDecider.Decide(null, new TakeDecision(details)).ToArray());
            }
            await session.SaveChangesAsync();
        }

        await using var query = register.Store.QuerySession();
        var page = await DecisionSearch.RunAsync(query, new DecisionFilter(Q: "budgetuppföljning", Page: 2, PageSize: 20), CancellationToken.None);
        (page.Total, page.MoreThanTotal).ShouldBe((DecisionSearch.CountedUpTo, true));
        page.Hits.Count.ShouldBe(20);
        page.Hits[0].MeetingDate.ShouldBeLessThan(new DateOnly(2024, 1, 1).AddDays((DecisionSearch.CountedUpTo + 1) / 20));

        var few = await DecisionSearch.RunAsync(query, new DecisionFilter(Q: "budgetuppföljning", From: new DateOnly(2024, 1, 2), To: new DateOnly(2024, 1, 2)), CancellationToken.None);
        (few.Total, few.MoreThanTotal).ShouldBe((20, false));
    }
}
