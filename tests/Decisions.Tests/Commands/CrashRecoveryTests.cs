using System.Net;
using System.Net.Http.Json;
using Decisions.Bodies;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Commands;

/// <summary>
/// A follow-up is stored in the transaction of the event that causes it: a host killed outright in the middle of a stream
/// of commands loses none of them. The next host to run finds them and does them.
/// </summary>
public class CrashRecoveryTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Fact]
    public async Task A_host_killed_with_sigkill_mid_stream_leaves_no_follow_up_undone_after_a_restart()
    {
        // The database and the registrator come from the fixture; the host that takes the commands is a process of its own.
        await app.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var accepted = new List<DateOnly>();
        using (var first = await HostServer.StartAsync(app.ConnectionString))
        {
            var client = first.Client(app.Registrator.Token);
            (await client.PostAsJsonAsync("/api/bodies", new { name = "Kulturnämnden", kind = "Namnd", parentBodyName = (string?)null, occurredOn = "2024-01-01" }, Api.Json)).EnsureSuccessStatusCode();

            // Four writers hold meetings as fast as they can; each held meeting is to be followed by a date in the body's schedule.
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var date = new DateOnly(2024, 1, 1).AddDays(w * 2000 + i);
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/meetings",
                            new { bodyId = "kulturnamnden", details = new { date = date.ToString("yyyy-MM-dd"), start = (string?)null, end = (string?)null, place = (string?)null } }, Api.Json, stop.Token);
                        if (response.StatusCode == HttpStatusCode.OK) lock (accepted) accepted.Add(date);
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { return; }
                }
            })).ToArray();
            while (accepted.Count < 60) await Task.Delay(20);
            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using (await HostServer.StartAsync(app.ConnectionString))
        {
            var store = app.Services.GetRequiredService<IDocumentStore>();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            IReadOnlyList<DateOnly> scheduled = [];
            while (DateTime.UtcNow < deadline)
            {
                await using var query = store.QuerySession();
                scheduled = (await query.LoadAsync<BodyState>("kulturnamnden"))!.MeetingDates;
                if (accepted.All(scheduled.Contains)) break;
                await Task.Delay(250);
            }
            await using var letters = store.QuerySession();
            var deadLetters = await letters.AdvancedSql.QueryAsync<string>(
                "select message_type || ': ' || coalesce(exception_message, '') from decisions.wolverine_dead_letters", CancellationToken.None);
            accepted.Except(scheduled).ShouldBeEmpty($"{accepted.Count} möten togs emot före kill -9; döda brev: {string.Join(" | ", deadLetters)}");
        }
    }
}
