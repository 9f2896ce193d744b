using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;

namespace Decisions.Import;

/// <summary>What one document added to the register (all zero when it was imported before).</summary>
public sealed record ImportOutcome(
    string Source, int Events, int Meetings, int Decisions, int Assignments, int ReportBacks, IReadOnlyList<ParseWarning> Warnings);

/// <summary>Reads documents into previews, and previews into the register: each document in one transaction, all its events or none.</summary>
public sealed class Importer(CommandRunner runner)
{
    /// <param name="ct">The request's: a scanned PDF is read by OCR for seconds a page, which stops when the request does.</param>
    public static DocumentPreview Preview(byte[] bytes, string source, CancellationToken ct = default) =>
        ProtocolParser.Parse(DocumentText.Decode(bytes, source, ReadingLimits.Default, ct));

    /// <summary>Imports a preview with the person's additions; a document the parser refused records nothing.</summary>
    public async Task<ImportOutcome> Import(DocumentPreview preview, ImportOverrides overrides, string user, CancellationToken ct)
    {
        if (preview.Refusal is { } refusal) throw new ImportRefused(preview.Source, null, refusal);
        preview = overrides.ApplyTo(preview);
        var transaction = runner.Begin(user);
        await using var session = transaction.Session;
        var import = new DocumentImport(transaction, preview, overrides, ct);
        try
        {
            await import.Run();
        }
        catch (Exception e) when (e is ValidationFailed or DomainRuleViolation or NotFound)
        {
            throw new ImportRefused(preview.Source, null, e.Message);
        }
        await transaction.CommitAsync(ct);

        var appended = transaction.Appended;
        return new ImportOutcome(preview.Source, appended.Count,
            appended.OfType<MeetingHeld>().Count(), appended.OfType<DecisionTaken>().Count(), appended.OfType<AssignmentGiven>().Count(),
            appended.OfType<ReportBackCited>().Count(), [.. preview.Warnings, .. import.Warnings]);
    }
}
