using Decisions.Import;

namespace Decisions.Benchmarks.Recall;

/// <summary>A document of the corpus and the facts read from the file beside it; <see cref="Name"/> is its path under the corpus folder.</summary>
public sealed record CorpusDocument(string Name, string DocumentPath, IReadOnlyList<Fact> Facts)
{
    public bool IsText => Path.GetExtension(DocumentPath) == ".txt";
}

/// <summary>The corpus as copied to the build output (Import/Corpus/**), read and scored.</summary>
public static class RecallCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Import", "Corpus");

    static readonly string[] DocumentExtensions = [".txt", ".pdf", ".docx"];

    /// <summary>
    /// Every document with its facts file (a text and a PDF of one protocol may share one). A document without facts,
    /// facts without a document or a facts line that cannot be read is an error, all of them named at once: any would leave
    /// the measurement quietly smaller than the corpus.
    /// </summary>
    public static IReadOnlyList<CorpusDocument> Find(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        var facts = files.Where(f => f.EndsWith(".facts", StringComparison.Ordinal)).ToDictionary(Stem);
        var documents = files.Where(f => DocumentExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        problems.AddRange(documents.Where(d => !facts.ContainsKey(Stem(d))).Select(d => $"{Relative(folder, d)}: ingen .facts-fil bredvid dokumentet"));
        problems.AddRange(facts.Where(f => !documents.Any(d => Stem(d) == f.Key)).Select(f => $"{Relative(folder, f.Value)}: inget dokument (.txt, .pdf, .docx) med samma namn"));
        var read = new Dictionary<string, IReadOnlyList<Fact>>();
        foreach (var (stem, path) in facts)
        {
            try
            {
                read[stem] = FactsFile.Parse(File.ReadAllText(path), Relative(folder, path));
            }
            catch (FactsFileException e)
            {
                problems.Add(e.Message);
            }
        }
        if (problems.Count > 0) throw new FactsFileException(string.Join("\n", problems));
        return documents.Select(d => new CorpusDocument(Relative(folder, d), d, read[Stem(d)])).ToList();
    }

    static string Stem(string path) => Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));

    static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    /// <summary>Decode and parse as the importer does; a file the decoder rejects is a refused document.</summary>
    public static DocumentPreview Parse(byte[] bytes, string name)
    {
        try
        {
            return ProtocolParser.Parse(DocumentText.Decode(bytes, name));
        }
        catch (DocumentRejected e)
        {
            return new DocumentPreview { Source = name, DocumentKind = DocumentKind.Extract, Refusal = e.Reason };
        }
    }

    public static DocumentScore Score(CorpusDocument document) =>
        Score(document.Name, document.Facts, File.ReadAllBytes(document.DocumentPath), document.Name);

    /// <summary>The document made into <paramref name="variant"/> from its clean text, scored against the same facts.</summary>
    public static DocumentScore Score(CorpusDocument document, Variant variant) =>
        RecallScore.Score(document.Name, document.Facts, PreviewFacts.From(Preview(document, variant)));

    /// <summary>What the parser reads from the document made into <paramref name="variant"/>; the page header repeats the facts' organ and date.</summary>
    public static DocumentPreview Preview(CorpusDocument document, Variant variant)
    {
        if (!document.IsText) throw new ArgumentException($"{document.Name}: variants are made from text documents only");
        var text = DocumentText.Decode(File.ReadAllBytes(document.DocumentPath), document.Name).Text;
        var organ = document.Facts.FirstOrDefault(f => f.Key.Name == "body")?.Field(0) ?? "";
        var date = document.Facts.FirstOrDefault(f => f.Key.Name == "date")?.Field(0) ?? "";
        return Parse(variant.Make(text, organ, date), Path.ChangeExtension(document.Name, variant.Extension));
    }

    static DocumentScore Score(string document, IReadOnlyList<Fact> facts, byte[] bytes, string name) =>
        RecallScore.Score(document, facts, PreviewFacts.From(Parse(bytes, name)));
}
