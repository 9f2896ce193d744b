namespace Decisions.Events;

/// <summary>
/// Every event says when it happened in the world (the business date). When it was recorded and by
/// whom is Marten's metadata (timestamp, user name), so it cannot be forged by the payload.
/// </summary>
public interface IDomainEvent
{
    DateOnly OccurredOn { get; }
}

/// <summary>
/// A rättelse: it says what a fact always was, so on any business date it applies once recorded, whatever
/// its own date (which says when the correction was decided).
/// </summary>
public interface ICorrection : IDomainEvent;

/// <summary>Where an imported fact came from: document, paragraph, lines and PDF page.</summary>
/// <param name="EditedBy">Null when the fact is as the parser read it; otherwise the person who changed or added it in the preview before importing.</param>
public sealed record Provenance(string Document, string? Paragraph = null, int? FirstLine = null, int? LastLine = null, int? Page = null, string? EditedBy = null);
