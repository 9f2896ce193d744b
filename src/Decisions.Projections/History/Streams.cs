using JasperFx.Events;
using Marten;

namespace Decisions.History;

public static class Streams
{
    /// <summary>Every event of the given streams in the order they were appended, grouped by stream.</summary>
    public static async Task<ILookup<string, IEvent>> LoadAsync(IQuerySession session, IReadOnlyCollection<string> streamIds, CancellationToken ct)
    {
        if (streamIds.Count == 0) return Array.Empty<IEvent>().ToLookup(e => e.StreamKey!);
        var ids = streamIds.ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => ids.Contains(e.StreamKey))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        return events.ToLookup(e => e.StreamKey!);
    }
}
