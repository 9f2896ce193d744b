using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Decisions.Commands;

/// <summary>
/// A body the server cannot read as the command it expects, answered in Swedish and naming the field by the same
/// path the domain's own checks use ("Report.On"), rather than in the serializer's English with its .NET type names;
/// likewise a query value that is not of its parameter's type. Wolverine answers both itself ("Invalid JSON format"
/// with the serializer's message, "Invalid query string value"), so its answers are rewritten as they are written
/// (<see cref="Rewrite"/>); a body another endpoint fails to read comes as an exception (<see cref="Of"/>). And a
/// body too large for the server is a 413, whichever reader noticed it.
/// </summary>
public static partial class UnreadableRequests
{
    const string WolverineJsonTitle = "Invalid JSON format", WolverineQueryTitle = "Invalid query string value";
    const string Title = "Begäran har ogiltiga fält.";

    /// <summary>Registered with the problem-details service, so it sees every problem before it is written.</summary>
    public static void Rewrite(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not { Status: StatusCodes.Status400BadRequest, Title: WolverineJsonTitle or WolverineQueryTitle } problem) return;
        var (field, message) = problem.Title == WolverineJsonTitle
            ? Describe(problem.Detail ?? "", RequestType(context.HttpContext))
            : DescribeQuery(problem.Detail ?? "");
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        problem.Title = Title;
        problem.Detail = Sentence(field, message);
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    /// <summary>A request the server could not read; null when the exception is not about reading the request.</summary>
    public static ProblemDetails? Of(HttpContext http, Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(),
        // The form reader's limits (a part's length, the number of fields) are all limits of size.
        InvalidDataException when http.Request.HasFormContentType => TooLarge(),
        BadHttpRequestException { InnerException: JsonException json } => Invalid(Describe(json.Message, RequestType(http))),
        JsonException json => Invalid(Describe(json.Message, RequestType(http))),
        BadHttpRequestException => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest, Title = "Begäran kunde inte läsas.",
            Detail = "Innehållet är ofullständigt eller har fel form; inget har ändrats.",
        },
        _ => null,
    };

    public static ProblemDetails TooLarge() => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge, Title = "Begäran är för stor.",
        Detail = $"Ett dokument får vara högst {Import.DocumentText.MaxPdfBytes / (1024 * 1024)} MB; inget har sparats.",
    };

    static ValidationProblemDetails Invalid((string Field, string Message) error) =>
        new(new Dictionary<string, string[]> { [error.Field] = [error.Message] })
            { Status = StatusCodes.Status400BadRequest, Title = Title, Detail = Sentence(error.Field, error.Message) };

    static string Sentence(string field, string message) => field == Body ? $"Innehållet {message}." : $"Fältet {field} {message}.";

    const string Body = "body";

    static Type? RequestType(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>
    /// The field and what is wrong with it, from the serializer's message: its kinds of failure are told apart only
    /// by their wording, and the field's type, which says what it should have held, is found by walking the command.
    /// </summary>
    internal static (string Field, string Message) Describe(string serializerMessage, Type? requestType)
    {
        var path = PathPattern().Match(serializerMessage) is { Success: true } p ? p.Groups[1].Value : "$";
        if (MissingPattern().Match(serializerMessage) is { Success: true } missing)
        {
            var owner = FindPath(requestType, missing.Groups["type"].Value);
            var names = QuotedPattern().Matches(missing.Groups["names"].Value).Select(m => Join(owner, Pascal(m.Groups[1].Value))).ToList();
            return (names.FirstOrDefault() ?? Body, names.Count > 1 ? $"saknas, liksom {string.Join(", ", names.Skip(1))}" : "saknas");
        }
        var (field, type) = Walk(requestType, path);
        if (serializerMessage.Contains("null values", StringComparison.Ordinal)) return (field, "får inte vara null");
        if (serializerMessage.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return field == Body
                ? (Body, "kunde inte läsas som ett kommando (ett JSON-objekt)")
                : (field, $"kunde inte läsas som {(type is null ? "det fältet tar" : KindOf(type))}");
        var at = PositionPattern().Match(serializerMessage);
        return (Body, at.Success
            ? $"är inte giltig JSON (rad {Number(at.Groups[1].Value) + 1}, tecken {Number(at.Groups[2].Value) + 1})"
            : "är inte giltig JSON");
    }

    /// <summary>"Query string parameter 'page' has the value 'abc' which cannot be parsed to the expected type int".</summary>
    static (string Field, string Message) DescribeQuery(string wolverineMessage)
    {
        var query = QueryPattern().Match(wolverineMessage);
        if (!query.Success) return ("query", "kunde inte läsas");
        var type = query.Groups["type"].Value switch
        {
            "int" or "long" or "short" => typeof(long),
            "bool" => typeof(bool),
            "decimal" or "double" or "float" => typeof(double),
            var other => Type.GetType($"System.{other}"),
        };
        return (query.Groups["name"].Value, $"kunde inte läsas som {(type is null ? "det parametern tar" : KindOf(type))} (värdet var '{query.Groups["value"].Value}')");
    }

    static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>"$.report.on" in a <c>ReceiveReportBack</c> is the field "Report.On", a <see cref="DateOnly"/>.</summary>
    static (string Field, Type? Type) Walk(Type? type, string path)
    {
        var field = "";
        foreach (Match segment in SegmentPattern().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                field += $"[{segment.Groups["index"].Value}]";
                type = type is null ? null : ElementType(type);
                continue;
            }
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
            var member = type is null ? default : Members(type).FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            field = Join(field, member.Name ?? Pascal(name));
            type = member.Type;
        }
        return (field == "" ? Body : field, type);
    }

    /// <summary>Where in the command a nested record of the given type sits ("" for the command itself), for a member it lacks.</summary>
    static string FindPath(Type? root, string typeName, int depth = 0)
    {
        if (root is null || depth > 6 || root.FullName == typeName) return "";
        foreach (var (name, type) in Members(root))
        {
            var inner = ElementType(type) ?? Nullable.GetUnderlyingType(type) ?? type;
            if (inner.FullName == typeName) return name;
            if (inner.Namespace?.StartsWith("Decisions", StringComparison.Ordinal) == true && FindPath(inner, typeName, depth + 1) is { Length: > 0 } below)
                return Join(name, below);
        }
        return "";
    }

    static IEnumerable<(string Name, Type Type)> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.PropertyType));

    static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type == typeof(string) ? null
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>What a field of the type holds, as a person writing the command would put it.</summary>
    static string KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateOnly)) return "datum (ÅÅÅÅ-MM-DD)";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "tidpunkt (ISO 8601, t.ex. 2024-05-16T09:00:00Z)";
        if (type == typeof(TimeOnly)) return "klockslag (tt:mm)";
        if (type == typeof(string)) return "text";
        if (type == typeof(bool)) return "sant eller falskt (true eller false)";
        if (type.IsEnum) return $"ett av {string.Join(", ", Enum.GetNames(type))}";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "heltal";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "tal";
        if (typeof(IEnumerable).IsAssignableFrom(type)) return "lista";
        return "objekt";
    }

    static string Join(string path, string name) => path == "" ? name : $"{path}.{name}";

    static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"Path: (\$\S*?)(?: \||\.?$)")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"for type '(?<type>[^']+)' was missing required properties(?: including)?: (?<names>.*)")]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"parameter '(?<name>[^']*)' has the value '(?<value>.*)' which cannot be parsed to the expected type (?<type>\S+)")]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]|\['(?<quoted>[^']*)'\]")]
    private static partial Regex SegmentPattern();
}
