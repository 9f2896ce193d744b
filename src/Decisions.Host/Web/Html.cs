using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Decisions.Web;

/// <summary>
/// Markup that is safe to write as it is. The only ways to make one are an interpolated string, whose
/// holes are encoded unless they are markup themselves, and <see cref="Join"/> of such values, so text
/// from documents and forms cannot become markup by forgetting to encode it.
/// </summary>
public readonly struct Html
{
    readonly string? markup;

    Html(string markup) => this.markup = markup;

    public static readonly Html Empty = new("");

    public static Html Of(ref Builder builder) => new(builder.Build());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.ToString())));

    /// <summary>The markup is built whether or not it is shown, so for a value that exists only when the condition holds use a conditional expression.</summary>
    public static Html When(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => markup ?? "";

    /// <summary>Encodes the five characters that matter in text and quoted attributes; å, ä and ö stay readable in the source.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            encoded.Append(c switch
            {
                '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;",
                _ => c.ToString(),
            });
        return encoded.ToString();
    }

    [InterpolatedStringHandler]
    public ref struct Builder(int literalLength, int formattedCount)
    {
        readonly StringBuilder text = new(literalLength + formattedCount * 16);

        public readonly void AppendLiteral(string literal) => text.Append(literal);

        public readonly void AppendFormatted(Html html) => text.Append(html.ToString());

        public readonly void AppendFormatted(IEnumerable<Html> parts)
        {
            foreach (var part in parts) text.Append(part.ToString());
        }

        public readonly void AppendFormatted(string? value) => text.Append(Encode(value));

        /// <summary>Dates are written the ISO way, whatever the server's culture.</summary>
        public readonly void AppendFormatted(DateOnly date) => text.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        public readonly void AppendFormatted(DateOnly? date)
        {
            if (date is { } d) AppendFormatted(d);
        }

        public readonly void AppendFormatted<T>(T value) where T : IFormattable =>
            text.Append(Encode(value.ToString(null, CultureInfo.InvariantCulture)));

        internal readonly string Build() => text.ToString();
    }
}
