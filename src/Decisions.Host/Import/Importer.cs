using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Marten;
using Wolverine;
using Wolverine.Runtime;

namespace Decisions.Import;

/// <summary>What one document added to the register (all zero when it was imported before).</summary>
public sealed record ImportOutcome(
    string Source, int Events, int Meetings, int Decisions, int Assignments, int ReportBacks, IReadOnlyList<ParseWarning> Warnings);

/// <summary>One document's preview, with a person's additions applied, to be recorded in one transaction.</summary>
public sealed record ImportDocument(DocumentPreview Preview, ImportOverrides Overrides);

/// <summary>Reads documents into previews, and previews into the register: each document in one transaction, all its events or none.</summary>
public sealed class Importer(IWolverineRuntime runtime)
{
    /// <param name="ct">The request's: a scanned PDF is read by OCR for seconds a page, which stops when the request does.</param>
    public static DocumentPreview Preview(byte[] bytes, string source, CancellationToken ct = default) =>
        ProtocolParser.Parse(DocumentText.Decode(bytes, source, ReadingLimits.Default, ct));

    /// <summary>Imports a preview with the person's additions, recorded as <paramref name="user"/>; a document the parser refused records nothing.</summary>
    public async Task<ImportOutcome> Import(DocumentPreview preview, ImportOverrides overrides, string user, CancellationToken ct)
    {
        if (preview.Refusal is { } refusal) throw new ImportRefused(preview.Source, null, refusal);
        // A protocol of a thousand paragraphs is a long transaction; the default wait of a few seconds is for commands.
        return await new MessageBus(runtime).InvokeAsync<ImportOutcome>(
            new ImportDocument(overrides.ApplyTo(preview), overrides), CommandHeaders.For(user), ct, TimeSpan.FromMinutes(10));
    }
}

public static class ImportDocumentHandler
{
    public static async Task<ImportOutcome> Handle(ImportDocument document, IDocumentSession session, CancellationToken ct)
    {
        var (preview, unit) = (document.Preview, new UnitOfWork(session));
        var import = new DocumentImport(unit, preview, document.Overrides, ct);
        try
        {
            await import.Run();
        }
        catch (Exception e) when (e is ValidationFailed or DomainRuleViolation or NotFound)
        {
            throw new ImportRefused(preview.Source, null, e.Message);
        }

        var appended = unit.Appended;
        return new ImportOutcome(preview.Source, appended.Count,
            appended.OfType<MeetingHeld>().Count(), appended.OfType<DecisionTaken>().Count(), appended.OfType<AssignmentGiven>().Count(),
            appended.OfType<ReportBackCited>().Count(), [.. preview.Warnings, .. import.Warnings]);
    }
}
