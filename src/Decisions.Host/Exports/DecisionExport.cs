using System.Globalization;
using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Web;
using Marten;

namespace Decisions.Exports;

/// <summary>The register search as a file: every hit of the search, not a page of them, with the same filters and secrecy.</summary>
public static class DecisionExport
{
    /// <summary>A file is for working in, not a copy of the register; a search this wide is better narrowed than downloaded.</summary>
    public const int MaxRows = 10_000;

    const int Batch = 500;

    public const string FileStem = "beslutsregister";

    public static readonly IReadOnlyList<Column<DecisionHit>> Columns =
    [
        Column<DecisionHit>.Text("Beslut", h => h.Id, 36),
        Column<DecisionHit>.Text("Organ", h => h.Body.Name),
        Column<DecisionHit>.Date("Sammanträdesdatum", h => h.MeetingDate, 18),
        Column<DecisionHit>.Number("Paragraf", h => h.Paragraph),
        Column<DecisionHit>.Text("Rubrik", h => h.Title, 50),
        Column<DecisionHit>.Text("Ärende", h => h.CaseNumber, 18),
        Column<DecisionHit>.Text("Beslutstyp", h => Parts.KindName(h.Kind), 20),
        Column<DecisionHit>.Text("Beslutssatser", h => string.Join("\n", h.Clauses), 80),
        Column<DecisionHit>.Text("Beslutande", h => string.Join(", ", h.Served.Select(Parts.Person)), 50),
        Column<DecisionHit>.Time("Registrerad", h => h.RecordedAt),
        Column<DecisionHit>.Text("Registrerad av", h => h.RecordedBy, 24),
        Column<DecisionHit>.Number("Rättelser", h => h.Corrections.Count),
    ];

    /// <param name="parameter">The query parameter a refusal names.</param>
    public static async Task<IReadOnlyList<DecisionHit>> AllAsync(IQuerySession session, DecisionFilter filter, string parameter, CancellationToken ct)
    {
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var hits = new List<DecisionHit>();
        for (var page = 1; ; page++)
        {
            var found = await DecisionSearch.RunAsync(session, filter with { Page = page, PageSize = Batch }, ct, secrecy);
            hits.AddRange(found.Hits);
            if (hits.Count > MaxRows)
                throw new ValidationFailed(new Dictionary<string, string[]>
                {
                    [parameter] = [$"fler än {MaxRows.ToString(CultureInfo.InvariantCulture)} beslut matchar; begränsa sökningen (organ, datum, ärende eller fritext) för att ladda ner den"],
                });
            if (found.Hits.Count < Batch) return hits;
        }
    }

    /// <summary>The API's address for the file of the search a page shows (the pages name their filters in Swedish).</summary>
    public static string Url(DecisionFilter filter, ExportFormat format) => "/api/decisions" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = filter.Q, ["body"] = filter.Body, ["person"] = filter.Person, ["case"] = filter.Case,
        ["from"] = filter.From is { } from ? Parts.Iso(from) : null, ["to"] = filter.To is { } to ? Parts.Iso(to) : null,
        ["format"] = format.ToString().ToLowerInvariant(),
    }.Where(p => p.Value is not null));
}
