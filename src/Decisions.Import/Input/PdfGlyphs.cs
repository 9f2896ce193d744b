using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Decisions.Import;

/// <summary>
/// One drawn character: where its baseline starts and ends along the direction it is read in, the height of that
/// baseline across it (higher is read first), and its size in points. For upright text that is page space, origin
/// bottom left.
/// </summary>
readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size);

/// <summary>
/// What the text reader keeps of a page: its size as shown (rotation applied), its upright glyphs, those set
/// sideways or upside down (each in its own reading direction), and how many images it draws.
/// </summary>
sealed record PdfPageGlyphs(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Glyph> Turned, int Images);

/// <summary>
/// Builds <see cref="PdfPageGlyphs"/> instead of PdfPig's full pages: paths, colours and letters' fonts are not
/// kept, which is most of the memory a page costs, and the budget sees every operator and glyph.
/// PdfPig constructs it by reflection with exactly this constructor.
/// </summary>
sealed class GlyphPageFactory(
    IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser, ParsingOptions parsingOptions)
    : BasePageFactory<PdfPageGlyphs>(pdfScanner, resourceStore, filterProvider,
        new BudgetedContentParser(pageContentParser, ((BudgetedParsingOptions)parsingOptions).Budget), parsingOptions)
{
    protected override PdfPageGlyphs ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var processor = new GlyphCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox,
            userSpaceUnit, rotation, initialMatrix, ParsingOptions, ((BudgetedParsingOptions)ParsingOptions).Budget);
        if (operations.Count > 0) processor.Process(pageNumber, operations);
        var bounds = cropBox.Bounds;
        var sideways = rotation.Value is 90 or 270;
        return new PdfPageGlyphs(pageNumber, sideways ? bounds.Height : bounds.Width, sideways ? bounds.Width : bounds.Height,
            processor.Upright, processor.Turned, processor.Images);
    }
}

sealed class GlyphCollector(
    int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
    TransformationMatrix initialMatrix, ParsingOptions parsingOptions, PdfBudget budget)
    : BaseStreamProcessor<List<Glyph>>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox,
        userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    public List<Glyph> Upright { get; } = [];
    public List<Glyph> Turned { get; } = [];
    public int Images { get; private set; }

    public override List<Glyph> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        ProcessOperations(operations);
        return Upright;
    }

    /// <summary>A form drawn many times is parsed once but run each time: the budget counts each run.</summary>
    protected override void ProcessOperations(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        budget.Operations(operations.Count);
        base.ProcessOperations(operations);
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code,
        string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        budget.Glyphs(1);
        if (string.IsNullOrEmpty(unicode)) return;
        var toPage = renderingMatrix.Multiply(textMatrix).Multiply(transformationMatrix);
        var start = toPage.Transform(new PdfPoint(0, 0));
        var end = toPage.Transform(new PdfPoint(characterBoundingBox.Width, 0));
        var (dx, dy) = (end.X - start.X, end.Y - start.Y);
        if (Math.Abs(dx) >= Math.Abs(dy) && dx >= 0)
        {
            Upright.Add(new Glyph(unicode, start.X, end.X, start.Y, pointSize));
            return;
        }
        // Turned so that it reads left to right: up the page, down it, or upside down.
        var (along, across) = Math.Abs(dy) > Math.Abs(dx)
            ? dy > 0 ? ((start.Y, end.Y), -start.X) : ((-start.Y, -end.Y), start.X)
            : ((-start.X, -end.X), -start.Y);
        Turned.Add(new Glyph(unicode, Math.Min(along.Item1, along.Item2), Math.Max(along.Item1, along.Item2), across, pointSize));
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => Images++;
    protected override void RenderInlineImage(InlineImage inlineImage) => Images++;

    // Paths, clipping, shading and marked content do not change what the text says.
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    public override void PaintShading(NameToken shadingName) { }
}
