using Decisions.Events;

namespace Decisions.Bodies;

public enum BodyKind { Fullmaktige, Styrelse, Namnd, Utskott, Beredning }

/// <param name="ParentBodyId">The board or nämnd an utskott or beredning works under.</param>
public sealed record BodyRegistered(
    string BodyId, string Name, BodyKind Kind, string? ParentBodyId, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="OccurredOn">The first day of the membership.</param>
public sealed record MemberJoined(
    string BodyId, string Name, string? Party, string? Role, bool IsSubstitute, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="OccurredOn">The last day of the membership.</param>
public sealed record MemberLeft(string BodyId, string Name, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="OccurredOn">When the date became known (a sammanträdesplan, or the meeting itself).</param>
public sealed record MeetingScheduled(string BodyId, DateOnly MeetingDate, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;
