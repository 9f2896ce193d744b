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

    /// <summary>Each organisation's follow-ups are stored in its own database, in the schema of its register.</summary>
    static readonly string Pending = $"""
        select (select count(*) from {DecisionsStore.Schema}.wolverine_incoming_envelopes
                where status in ('Incoming', 'Scheduled') and message_type not like '{TimedMessagePrefix}%')
             + (select count(*) from {DecisionsStore.Schema}.wolverine_outgoing_envelopes)
        """;

    public static async Task<int> PendingAsync(IWolverineRuntime runtime)
    {
        var pending = 0L;
        foreach (var database in await runtime.Services.GetRequiredService<IDocumentStore>().Storage.AllDatabases())
        {
            if (database is not Weasel.Postgresql.PostgresqlDatabase postgres) continue;
            await using var command = postgres.DataSource.CreateCommand(Pending);
            try
            {
                pending += (long)(await command.ExecuteScalarAsync())!;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
            {
                // An organisation another process added, before its first message made its tables here: nothing pending.
            }
        }
        return (int)pending;
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
