using Decisions.Commands;
using Microsoft.AspNetCore.Http.Features;

namespace Decisions.Import;

/// <summary>
/// An upload too large for the importer is refused for its size (413) before anything reads it: by its declared
/// length at once, and by the server's count of bytes for a body that declares none. The API says so as a problem,
/// the import page as itself with the reason, in Swedish; nothing is kept or written.
/// </summary>
public static class UploadLimits
{
    /// <summary>The largest document the importer takes, and room for the form around it.</summary>
    public const long MaxRequestBytes = DocumentText.MaxPdfBytes + 64 * 1024;

    const string ApiPath = "/api/imports", PagePath = "/import/forhandsgranska";

    /// <summary>Before the anti-forgery check, which reads a form to find its token.</summary>
    public static void UseUploadLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        var api = request.Path.StartsWithSegments(ApiPath);
        if (!HttpMethods.IsPost(request.Method) || !(api || request.Path.StartsWithSegments(PagePath)))
        {
            await next(http);
            return;
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            // The server reads the rest of the body after the answer instead of dropping a connection the client is
            // still sending on, which would lose the answer (a browser shows a broken connection). Only for a file
            // someone might mistake for a document: a far larger body is not worth the reading.
            if (request.ContentLength <= 4 * MaxRequestBytes && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } declared)
                declared.MaxRequestBodySize = request.ContentLength;
            await Refuse(http, api);
            return;
        }
        // The server's own limit (30 MB) is below a document's; this one counts a chunked body as it arrives.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxRequestBytes;
        try
        {
            await next(http);
        }
        catch (Exception e) when (!api && !http.Response.HasStarted && UnreadableRequests.Of(http, e) is { Status: StatusCodes.Status413PayloadTooLarge })
        {
            // The API's answer comes from the exception handler like every other refusal; a page is answered here.
            await Refuse(http, api);
        }
    });

    static async Task Refuse(HttpContext http, bool api)
    {
        if (api)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = UnreadableRequests.TooLarge() });
        }
        else await Web.ImportPage.TooLarge(http).ExecuteAsync(http);
    }
}
