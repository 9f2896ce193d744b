using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Bodies;

public sealed record RegisterBody(string Name, BodyKind Kind, string? ParentBodyName, DateOnly OccurredOn, Provenance? Source = null)
{
    [JsonIgnore] public string BodyId => StreamIds.Body(Name ?? "");
}

public sealed record JoinMember(
    string BodyId, string Name, string? Party, string? Role, bool IsSubstitute, DateOnly From, Provenance? Source = null);

public sealed record LeaveMember(string BodyId, string Name, DateOnly LastDay, Provenance? Source = null);

/// <summary>Also sent when a meeting is held, so the body knows every meeting date that can resolve a due.</summary>
public sealed record ScheduleMeeting(string BodyId, DateOnly MeetingDate, DateOnly KnownOn, Provenance? Source = null);
