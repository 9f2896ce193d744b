using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Bodies;
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
public sealed class Importer(IWolverineRuntime runtime, Organisations.CurrentOrganisation organisation)
{
    /// <param name="ct">The request's: a scanned PDF is read by OCR for seconds a page, which stops when the request does.</param>
    public static DocumentPreview Preview(byte[] bytes, string source, CancellationToken ct = default) =>
        ProtocolParser.Parse(DocumentText.Decode(bytes, source, ReadingLimits.Default, ct));

    /// <summary>Imports a preview with the person's additions, recorded as <paramref name="user"/>; a document the parser refused records nothing.</summary>
    public async Task<ImportOutcome> Import(DocumentPreview preview, ImportOverrides overrides, string user, CancellationToken ct)
    {
        if (preview.Refusal is { } refusal) throw new ImportRefused(preview.Source, null, refusal);
        // A protocol of a thousand paragraphs is a long transaction; the default wait of a few seconds is for commands.
        var options = CommandHeaders.For(user);
        options.TenantId = organisation.Id;
        return await new MessageBus(runtime).InvokeAsync<ImportOutcome>(
            new ImportDocument(overrides.ApplyTo(preview), overrides), options, ct, TimeSpan.FromMinutes(10));
    }
}

public static class ImportDocumentHandler
{
    /// <summary>Reads the streams the document touches, has the pure planner decide what to record, and records it.</summary>
    public static async Task<ImportOutcome> Handle(ImportDocument document, IDocumentSession session, CancellationToken ct)
    {
        var preview = document.Preview;
        var plan = await PlanAsync(preview, document.Overrides, session, ct);
        var unit = new UnitOfWork(session);
        try
        {
            foreach (var command in plan.Commands) await unit.Execute(command, ct);
        }
        catch (Exception e) when (e is ValidationFailed or DomainRuleViolation or NotFound)
        {
            // The register changed between reading and writing (another import of the same streams): refused as a whole.
            throw new ImportRefused(preview.Source, null, e.Message);
        }

        var appended = unit.Appended;
        return new ImportOutcome(preview.Source, appended.Count,
            appended.OfType<MeetingHeld>().Count(), appended.OfType<DecisionTaken>().Count(), appended.OfType<AssignmentGiven>().Count(),
            appended.OfType<ReportBackCited>().Count(), plan.Warnings);
    }

    static async Task<ImportPlan> PlanAsync(DocumentPreview preview, ImportOverrides overrides, IQuerySession session, CancellationToken ct)
    {
        string[] ids = [.. ImportPlanner.Touches(preview)];
        // Every kind of state in one round trip; an id is looked up as each kind, which is cheaper than telling them apart.
        var batch = session.CreateBatchQuery();
        var bodies = batch.LoadMany<BodyState>().ById(ids);
        var meetings = batch.LoadMany<MeetingState>().ById(ids);
        var decisions = batch.LoadMany<DecisionState>().ById(ids);
        var assignments = batch.LoadMany<AssignmentState>().ById(ids);
        await batch.Execute(ct);
        var states = new Dictionary<string, object>();
        foreach (var found in await bodies) states[found.Id] = found;
        foreach (var found in await meetings) states[found.Id] = found;
        foreach (var found in await decisions) states[found.Id] = found;
        foreach (var found in await assignments) states[found.Id] = found;
        try
        {
            return ImportPlanner.Plan(preview, overrides, new RegisterView(ids.ToHashSet(), states));
        }
        catch (Exception e) when (e is ValidationFailed or DomainRuleViolation or NotFound)
        {
            throw new ImportRefused(preview.Source, null, e.Message);
        }
    }
}
