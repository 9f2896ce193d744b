using Wolverine.Runtime;

namespace Decisions.Commands;

/// <summary>
/// The follow-ups of committed events that are stored but not yet done: what a page, the command line or a test waits
/// for before it reads derived facts (a due resolved, a report reaching its assignment).
/// </summary>
public static class FollowUpProgress
{
    public static async Task<int> PendingAsync(IWolverineRuntime runtime)
    {
        var counts = await runtime.Storage.Admin.FetchCountsAsync();
        return counts.Incoming + counts.Scheduled + counts.Outgoing;
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
