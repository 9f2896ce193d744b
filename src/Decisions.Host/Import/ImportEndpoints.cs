using Decisions.Commands;
using Wolverine.Http;

namespace Decisions.Import;

/// <summary>Upload a document (text or PDF as the body, or a multipart file): see its preview, or import it.</summary>
public static class ImportEndpoints
{
    [WolverinePost("/api/imports"), Tags("Import")]
    public static async Task<IResult> Post(HttpRequest request, Importer importer, bool? dryRun, string? fileName,
        string? bodyName, string? meetingDate, string? paragraph)
    {
        var date = Queries.QueryParameters.Date(meetingDate, "meetingDate");
        var (bytes, name) = await ReadUpload(request, fileName);
        var preview = Importer.Preview(bytes, name, request.HttpContext.RequestAborted);
        // Neither a dry run nor an import may present a document the parser refused as if it held facts.
        if (preview.Refusal is { } refusal)
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Dokumentet kan inte läsas som ett protokoll.",
                detail: $"{name}: {refusal}", extensions: new Dictionary<string, object?> { ["document"] = name, ["warnings"] = preview.Warnings });
        var overrides = new ImportOverrides(bodyName, date, paragraph);
        if (dryRun == true) return Results.Text(PreviewJson.ToJson(overrides.ApplyTo(preview)), "application/json");

        var outcome = await importer.Import(preview, overrides,
            CommandBus.RecordedBy(request.HttpContext), request.HttpContext.RequestAborted);
        return Results.Json(new { outcome, preview }, PreviewJson.Options);
    }

    /// <summary>Reads at most one byte more than any document may have, so an oversized upload is refused by the same rule as a file.</summary>
    internal static async Task<(byte[] Bytes, string Name)> ReadUpload(HttpRequest request, string? fileName)
    {
        if (request.HasFormContentType)
        {
            var file = (await request.ReadFormAsync(request.HttpContext.RequestAborted)).Files.FirstOrDefault()
                       ?? throw new Shared.ValidationFailed(new Dictionary<string, string[]> { ["file"] = ["formuläret innehåller ingen fil"] });
            await using var upload = file.OpenReadStream();
            return (await ReadLimited(upload, request.HttpContext.RequestAborted), fileName ?? file.FileName);
        }
        return (await ReadLimited(request.Body, request.HttpContext.RequestAborted), fileName ?? "uppladdat dokument");
    }

    static async Task<byte[]> ReadLimited(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DocumentText.MaxPdfBytes) break;
        }
        return buffer.ToArray();
    }
}
