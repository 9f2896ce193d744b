using System.Diagnostics;
using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace Decisions.Import;

/// <summary>A budget ran out; <see cref="Exception.Message"/> is the Swedish reason the document is refused for.</summary>
sealed class PdfBudgetExceeded(string reason) : Exception(reason);

/// <summary>
/// The counters of one PDF being read, checked by the hooks PdfPig offers: the stream filters (before a stream is
/// unpacked), the content parser (before a page's operators become objects) and the glyph collector (for each
/// glyph drawn). PdfPig swallows some exceptions while it recovers from damaged files, so the first overrun is also
/// remembered and rethrown by <see cref="ThrowIfExceeded"/>.
/// </summary>
sealed class PdfBudget(ReadingLimits limits, CancellationToken ct)
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    public ReadingLimits Limits { get; } = limits;
    public int Page { get; private set; }
    int pageGlyphs, pageOperations;
    public long Characters { get; private set; }
    PdfBudgetExceeded? exceeded;

    public void StartPage(int page)
    {
        ThrowIfExceeded();
        CheckTime();
        Page = page;
        pageGlyphs = 0;
        pageOperations = 0;
    }

    public void Glyphs(int count)
    {
        pageGlyphs += count;
        Characters += count;
        if (pageGlyphs > Limits.MaxCharactersPerPage)
            Exceed(PageTextTooLong);
        if (Characters > Limits.MaxCharacters)
            Exceed($"texten är längre än {Limits.MaxCharacters} tecken (gränsen nåddes på sidan {Page}); dela upp dokumentet");
        if ((pageGlyphs & 0x3FF) == 0) CheckTime();
    }

    /// <summary>The bytes of a content stream's strings, before they are drawn: a glyph takes one or two of them (four hex digits).</summary>
    public void StringBytes(long bytes)
    {
        if (bytes > 4L * Limits.MaxCharactersPerPage) Exceed(PageTextTooLong);
    }

    string PageTextTooLong => $"sidan {Page} innehåller mer än {Limits.MaxCharactersPerPage} tecken text, mer än en sida rymmer; filen läses inte";

    public void Operations(int count)
    {
        pageOperations += count;
        if (pageOperations > Limits.MaxOperationsPerPage)
            Exceed($"sidan {Page} innehåller mer än {Limits.MaxOperationsPerPage} ritoperationer; filen läses inte");
        CheckTime();
    }

    public void StreamBytes(long bytes)
    {
        if (bytes > Limits.MaxStreamBytes)
            Exceed($"{(Page == 0 ? "filen" : $"sidan {Page}")} innehåller en komprimerad ström som packas upp till mer än {Limits.MaxStreamBytes / (1024 * 1024)} MB; filen läses inte");
    }

    public void CheckTime()
    {
        if (ct.IsCancellationRequested) Exceed($"läsningen avbröts{(Page > 0 ? $" på sidan {Page}" : "")}");
        if (clock.Elapsed > Limits.Timeout)
            Exceed($"läsningen tog längre tid än {Limits.Timeout.TotalSeconds:0} sekunder och avbröts{(Page > 0 ? $" på sidan {Page}" : "")}");
    }

    public CancellationToken Cancellation => ct;

    public TimeSpan Remaining => Limits.Timeout - clock.Elapsed;

    public void ThrowIfExceeded()
    {
        if (exceeded is not null) throw exceeded;
    }

    void Exceed(string reason)
    {
        exceeded ??= new PdfBudgetExceeded(reason);
        throw exceeded;
    }
}

/// <summary>Carries the budget to the page factory, which PdfPig builds by reflection from these options.</summary>
sealed class BudgetedParsingOptions : ParsingOptions
{
    public BudgetedParsingOptions(PdfBudget budget)
    {
        Budget = budget;
        FilterProvider = new BudgetedFilterProvider(budget);
    }

    public PdfBudget Budget { get; }
}

/// <summary>
/// PdfPig's filters, with the ones that can multiply their input (Flate up to a thousandfold, LZW, run length)
/// measured first by unpacking into nothing, so a bomb is refused before it is held in memory.
/// </summary>
sealed class BudgetedFilterProvider(PdfBudget budget) : BaseFilterProvider(Filters(budget))
{
    static Dictionary<string, IFilter> Filters(PdfBudget budget)
    {
        var filters = new Dictionary<string, IFilter>();
        foreach (var name in new[] { "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "JBIG2Decode", "JPXDecode" })
            filters[name] = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)])[0];
        var flate = new MeasuredFilter(new FlateFilter(), FlateSize, budget);
        var lzw = new MeasuredFilter(new LzwFilter(), LzwSize, budget);
        var runLength = new MeasuredFilter(new RunLengthFilter(), RunLengthSize, budget);
        filters["FlateDecode"] = filters["Fl"] = flate;
        filters["LZWDecode"] = filters["LZW"] = lzw;
        filters["RunLengthDecode"] = filters["RL"] = runLength;
        return filters;
    }

    sealed class MeasuredFilter(IFilter inner, Func<ReadOnlyMemory<byte>, long, long> size, PdfBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            // Images are unpacked only when someone asks for their pixels, which the text reader never does.
            budget.StreamBytes(size(input, budget.Limits.MaxStreamBytes + 1L));
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }

    /// <summary>The unpacked length of a zlib stream, counted up to <paramref name="stop"/> without keeping the bytes.</summary>
    static long FlateSize(ReadOnlyMemory<byte> input, long stop)
    {
        if (input.Length < 2) return 0;
        using var deflate = new DeflateStream(new ReadOnlyMemoryStream(input[2..]), CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        var total = 0L;
        try
        {
            for (int read; total < stop && (read = deflate.Read(buffer)) > 0;) total += read;
        }
        catch (InvalidDataException)
        {
            // A damaged stream: PdfPig's own filter decides what to make of it, and it can unpack no more than this.
        }
        return total;
    }

    /// <summary>
    /// The unpacked length of an LZW stream: every code's string is one longer than the string of the code before
    /// it, so lengths can be counted without building the strings.
    /// </summary>
    static long LzwSize(ReadOnlyMemory<byte> input, long stop)
    {
        var bytes = input.Span;
        var lengths = new int[4096];
        int next = 258, width = 9, previous = -1;
        long total = 0, bit = 0;
        while (total < stop && bit + width <= bytes.Length * 8L)
        {
            var code = 0;
            for (var i = 0; i < width; i++, bit++) code = (code << 1) | ((bytes[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            if (code == 256) { next = 258; width = 9; previous = -1; continue; }
            if (code == 257) break;
            var length = code < 256 ? 1 : code < next ? lengths[code] : previous + 1;
            if (length <= 0) break;
            total += length;
            if (previous > 0 && next < 4096) lengths[next++] = previous + 1;
            previous = length;
            // EarlyChange 1, the default every writer uses, widens the code one entry early.
            width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
        }
        return total;
    }

    static long RunLengthSize(ReadOnlyMemory<byte> input, long stop)
    {
        var bytes = input.Span;
        long total = 0;
        for (var i = 0; i < bytes.Length && total < stop;)
        {
            var length = bytes[i];
            if (length == 128) break;
            if (length < 128) { total += length + 1; i += length + 2; }
            else { total += 257 - length; i += 2; }
        }
        return total;
    }
}

/// <summary>
/// Counts a content stream's operators before PdfPig turns each into an object, so a page of a million operators is
/// refused while it is still bytes. Strings, names, comments and inline image data are skipped as the lexer would.
/// </summary>
sealed class BudgetedContentParser(IPageContentParser inner, PdfBudget budget) : IPageContentParser
{
    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        var operators = CountOperators(inputBytes, out var stringBytes);
        budget.Operations(operators);
        budget.StringBytes(stringBytes);
        inputBytes.Seek(0);
        return inner.Parse(pageNumber, inputBytes, log);
    }

    static int CountOperators(IInputBytes input, out long stringBytes)
    {
        stringBytes = 0;
        var operators = 0;
        input.Seek(0);
        var token = new System.Text.StringBuilder(8);
        int b;
        int Next() => input.MoveNext() ? input.CurrentByte : -1;
        b = Next();
        while (b >= 0)
        {
            switch (b)
            {
                case '(':
                    for (int depth = 1, c = Next(); c >= 0 && depth > 0; c = Next(), stringBytes++)
                    {
                        if (c == '\\') Next();
                        else if (c == '(') depth++;
                        else if (c == ')') depth--;
                    }
                    b = Next();
                    continue;
                case '<':
                    b = Next();
                    if (b == '<') { b = Next(); continue; }
                    while (b >= 0 && b != '>') { stringBytes++; b = Next(); }
                    b = Next();
                    continue;
                case '%':
                    while (b >= 0 && b != '\n' && b != '\r') b = Next();
                    continue;
                case '/':
                    b = Next();
                    while (b >= 0 && IsRegular(b)) b = Next();
                    continue;
            }
            if (!IsRegular(b)) { b = Next(); continue; }
            token.Clear();
            var first = b;
            while (b >= 0 && IsRegular(b)) { if (token.Length < 3) token.Append((char)b); b = Next(); }
            if (!(char.IsAsciiLetter((char)first) || first is '\'' or '"')) continue;
            operators++;
            if (token.ToString() == "ID") b = SkipInlineImage(Next);
        }
        return operators;
    }

    /// <summary>Inline image data is binary and ends at "EI" between white space.</summary>
    static int SkipInlineImage(Func<int> next)
    {
        int before = ' ', previous = -1, b = next();
        while (b >= 0)
        {
            var after = next();
            if (previous == 'E' && b == 'I' && IsWhite(before) && (after < 0 || IsWhite(after))) return after;
            before = previous;
            previous = b;
            b = after;
        }
        return -1;
    }

    static bool IsWhite(int b) => b is ' ' or '\n' or '\r' or '\t' or '\f' or 0;

    static bool IsRegular(int b) => !IsWhite(b) && b is not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');
}

/// <summary>A read-only stream over memory, so a stream's bytes are unpacked without copying them first.</summary>
sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
{
    int position;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => memory.Length;
    public override long Position { get => position; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, memory.Length - position);
        memory.Span.Slice(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
