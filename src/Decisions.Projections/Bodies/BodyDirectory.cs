using Decisions.Assignments;
using Marten;

namespace Decisions.Bodies;

/// <summary>Bodies' display names, loaded once for a whole answer.</summary>
public sealed class BodyDirectory(IReadOnlyDictionary<string, string> names)
{
    public static async Task<BodyDirectory> LoadAsync(IQuerySession session, IEnumerable<string> bodyIds, CancellationToken ct)
    {
        var bodies = await session.LoadManyAsync<BodyState>(ct, bodyIds.Distinct());
        return new(bodies.ToDictionary(b => b.Id, b => b.Name));
    }

    /// <summary>A body not (yet) registered is shown by its id rather than dropped.</summary>
    public BodyRef Ref(string bodyId) => new(bodyId, names.GetValueOrDefault(bodyId, bodyId));
}
