using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Decisions.Shared;

/// <summary>
/// Keeps an aggregate's current state as a document. The states live in the Domain project, which knows
/// nothing of Marten (so Marten's source generator never sees their Create/Apply methods); this
/// projection hands every event to the domain's own evolve instead.
/// </summary>
public partial class StateProjection<TState> : SingleStreamProjection<TState, string> where TState : class
{
    public StateProjection()
    {
        foreach (var type in Shared.Evolve.EventTypes<TState>()) IncludeType(type);
    }

    public override TState? Evolve(TState? snapshot, string id, IEvent e) => Shared.Evolve.Apply(snapshot, e.Data);
}
