using Decisions.Assignments;
using Decisions.Reminders;
using Marten;

namespace Decisions.Bodies;

/// <summary>Bodies' display names and reminder windows, loaded once for a whole answer.</summary>
public sealed class BodyDirectory(IReadOnlyDictionary<string, BodyState> bodies)
{
    public static async Task<BodyDirectory> LoadAsync(IQuerySession session, IEnumerable<string> bodyIds, CancellationToken ct)
    {
        var found = await session.LoadManyAsync<BodyState>(ct, bodyIds.Distinct());
        return new(found.ToDictionary(b => b.Id));
    }

    /// <summary>A body not (yet) registered is shown by its id rather than dropped.</summary>
    public BodyRef Ref(string bodyId) => new(bodyId, bodies.GetValueOrDefault(bodyId)?.Name ?? bodyId);

    /// <summary>The days before a due date that the body's reminders go out and its assignments' lights turn yellow.</summary>
    public int Window(string bodyId) => bodies.GetValueOrDefault(bodyId)?.Reminders.DaysBefore ?? ReminderWindow.DefaultDaysBefore;
}
