namespace Decisions.Import;

/// <summary>
/// Pure steps on the lines before anything is parsed, so that the readers do not depend on where a PDF or a
/// web page happened to break lines: a flattened page (one long line) is cut back into its parts, page furniture
/// is removed, a list's label broken over two lines is joined, words hyphenated at a line end are rejoined and a line that continues the one before joins it. Every line keeps the number it had in the
/// document, so the preview still points at the original lines.
/// </summary>
internal static class TextNormaliser
{
    public static List<SourceLine> Normalise(List<SourceLine> lines) =>
        Hyphenation.JoinContinuations(BrokenLabels.Join(Hyphenation.Rejoin(PageFurniture.Remove(LineCutter.Cut(lines)))));
}
