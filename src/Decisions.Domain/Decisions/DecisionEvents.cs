using Decisions.Events;

namespace Decisions.Decisions;

/// <summary>
/// Noted: "lagt till handlingarna"/information. SentBack: återremiss. Postponed: bordläggning.
/// ProposalToOtherBody: an AU or nämnd proposing to the body that will decide.
/// </summary>
public enum DecisionKind { Decision, ProposalToOtherBody, Noted, SentBack, Postponed }

/// <param name="ServesFor">The member an ersättare serves for.</param>
public sealed record Participant(string Name, string? Party = null, string? ServesFor = null);

/// <summary>Yrkande.</summary>
public sealed record Motion(string By, string Text);

/// <summary>Votering: counts always, names when the protocol lists them.</summary>
public sealed record Vote(
    int Yes, int No, int Abstained,
    IReadOnlyList<string>? YesNames = null, IReadOnlyList<string>? NoNames = null, IReadOnlyList<string>? AbstainedNames = null);

public sealed record Reservation(IReadOnlyList<string> Names, string? Reason = null);

/// <param name="Clauses">The "att"-satser in order; assignment ids number them from 1.</param>
/// <param name="Disqualified">Members with jäv who did not take part.</param>
/// <param name="Notes">Protokollsanteckningar.</param>
public sealed record DecisionDetails(
    string BodyId, DateOnly Date, int Paragraph, string Title, string? CaseNumber, DecisionKind Kind,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Motion> Motions,
    IReadOnlyList<Vote> Votes,
    IReadOnlyList<Reservation> Reservations,
    IReadOnlyList<string> Disqualified,
    IReadOnlyList<string> Notes);

public sealed record DecisionTaken(string DecisionId, string MeetingId, DecisionDetails Details, Provenance? Source = null) : IDomainEvent
{
    public DateOnly OccurredOn => Details.Date;
}

public sealed record DecisionCorrected(string DecisionId, DecisionKind Kind, IReadOnlyList<string> Clauses, string Reason, DateOnly OccurredOn) : ICorrection;

/// <param name="Reason">The secrecy ground, e.g. the OSL provision.</param>
public sealed record DecisionMarkedConfidential(string DecisionId, string Reason, DateOnly OccurredOn) : IDomainEvent;
