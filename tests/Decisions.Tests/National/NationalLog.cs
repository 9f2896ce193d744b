using Decisions.National;
using JasperFx.Events;
using Npgsql;

namespace Decisions.Tests.National;

/// <summary>
/// Compares an organisation's log with what the national feeds took in from it: per feed, the events of the kinds it
/// follows in the log, and the events its progress says it brought, each once.
/// </summary>
public static class NationalLog
{
    static readonly (string Feed, string[] Types)[] Feeds =
    [
        (NationalDecisionFeed.FeedName, [.. NationalDecisionFeed.EventTypes.Select(t => t.GetEventTypeName())]),
        (NationalAssignmentFeed.FeedName, [.. NationalAssignmentFeed.EventTypes.Select(t => t.GetEventTypeName())]),
    ];

    public sealed record FeedCount(string Feed, long Logged, long Taken);

    public static async Task<IReadOnlyList<FeedCount>> CountsAsync(string registerConnection, NationalStore national, string organisation = NationalStore.DefaultOrganisation)
    {
        await using var connection = new NpgsqlConnection(registerConnection);
        await connection.OpenAsync();
        await using var session = await national.QuerySessionAsync(CancellationToken.None);
        var counts = new List<FeedCount>();
        foreach (var (feed, types) in Feeds)
        {
            await using var logged = new NpgsqlCommand($"select count(*) from {DecisionsStore.Schema}.mt_events where type = any($1)", connection)
                { Parameters = { new() { Value = types } } };
            var progress = await session.LoadAsync<NationalFeedProgress>($"{feed}/{organisation}");
            counts.Add(new(feed, (long)(await logged.ExecuteScalarAsync())!, progress?.Events ?? 0));
        }
        return counts;
    }

    /// <summary>Waits until every feed has taken in every event of its kinds; fails at once if one took more than the log holds.</summary>
    public static async Task<IReadOnlyList<FeedCount>> CaughtUpAsync(
        string registerConnection, NationalStore national, string organisation = NationalStore.DefaultOrganisation, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var counts = await CountsAsync(registerConnection, national, organisation);
            counts.ShouldAllBe(c => c.Taken <= c.Logged, "a feed took an event in twice");
            if (counts.All(c => c.Taken == c.Logged)) return counts;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The national feeds were behind after {seconds} s: {string.Join(", ", counts)}");
            await Task.Delay(200);
        }
    }
}
