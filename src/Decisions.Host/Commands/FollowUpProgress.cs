using Marten;
using Wolverine.Runtime;

namespace Decisions.Commands;

/// <summary>
/// The follow-ups of committed events that are stored but not yet done: what a page, the command line or a test waits
/// for before it reads derived facts (a due resolved, a report reaching its assignment).
/// </summary>
public static class FollowUpProgress
{
    /// <summary>
    /// Messages whose identity starts so wait for a time of their own (a reminder days ahead, its delivery tried again
    /// while a mail server is away): they are stored like follow-ups but are none, and nothing waits for them.
    /// </summary>
    public const string TimedMessagePrefix = "timed.";

    static readonly string Pending = $"""
        select (select count(*) from {DecisionsStore.Schema}.wolverine_incoming_envelopes
                where status in ('Incoming', 'Scheduled') and message_type not like '{TimedMessagePrefix}%')
             + (select count(*) from {DecisionsStore.Schema}.wolverine_outgoing_envelopes)
        """;

    public static async Task<int> PendingAsync(IWolverineRuntime runtime)
    {
        await using var session = runtime.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (int)(await session.AdvancedSql.QueryAsync<long>(Pending, CancellationToken.None)).Single();
    }

    /// <returns>False when some were still pending at the deadline.</returns>
    public static async Task<bool> WaitUntilDoneAsync(IWolverineRuntime runtime, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await PendingAsync(runtime) > 0)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(15, ct);
        }
        return true;
    }
}
