namespace Decisions.Import;

/// <summary>What loading the examples did: the documents imported, and those that need a person to supply what they lack.</summary>
public sealed record ExampleLoad(IReadOnlyList<ImportOutcome> Imported, IReadOnlyList<DocumentPreview> NeedDetails);

/// <summary>
/// The five public documents of the "ekonomi i balans" thread (docs/DOMAIN.md), shipped inside the host so a first
/// visitor can see the register with something in it. They are imported as they are: nothing is invented for a
/// document that lacks its body, date or §; it is left for a person to complete on the import page.
/// </summary>
public static class ExampleDocuments
{
    const string Prefix = "Examples/";

    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(ExampleDocuments).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    public static bool Exists(string name) => Names.Contains(name);

    public static byte[] Bytes(string name) => Web.SiteFiles.Resource(Prefix + name);

    public static DocumentPreview Preview(string name) => Importer.Preview(Bytes(name), name);

    /// <summary>Minutes or an extract without body, date or a § number cannot be placed in the register as they stand.</summary>
    public static bool NeedsDetails(DocumentPreview preview) =>
        preview.DocumentKind != DocumentKind.OfficialReport
        && (preview.Body is null || preview.MeetingDate is null || preview.Paragraphs.Any(p => p.Number is null));

    public static async Task<ExampleLoad> LoadAsync(Importer importer, string user, CancellationToken ct)
    {
        var previews = Names.Select(Preview).ToList();
        var imported = new List<ImportOutcome>();
        foreach (var preview in previews.Where(p => !NeedsDetails(p)))
            imported.Add(await importer.Import(preview, new ImportOverrides(), user, ct));
        return new ExampleLoad(imported, [.. previews.Where(NeedsDetails)]);
    }
}
