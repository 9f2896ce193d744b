using System.Threading.RateLimiting;
using Decisions.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;

namespace Decisions.Accounts;

/// <summary>
/// The usual protections, each applied to every request rather than remembered page by page: security headers
/// on every answer, the anti-forgery token checked on every write a browser's cookie could carry, sign-in
/// attempts limited per address, and the scheme a TLS-terminating proxy reports believed.
/// </summary>
public static class Protections
{
    public const string SignInLimit = "sign-in";

    /// <summary>No inline script or style anywhere: the pages use one stylesheet and no script at all.</summary>
    const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void AddProtections(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a proxy that terminates TLS, the request was HTTPS: cookies are then marked Secure. Only the
            // proxies in Decisions:TrustedProxies (and loopback) are believed.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.GetSection("Decisions:TrustedProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "decisions-formular";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            // frame-ancestors 'none' and X-Frame-Options DENY are set for every answer below.
            o.SuppressXFrameOptionsHeader = true;
        });
        var attempts = settings.GetValue("Authentication:SignInAttemptsPerMinute", 10);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "okänd",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                await Layout.Page(http, "För många försök", Html.Of($"""
                    <h1>För många inloggningsförsök</h1>
                    <p>Det har gjorts för många inloggningsförsök från din adress den senaste minuten. Vänta en minut och försök igen.</p>
                    """), StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            };
        });
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    /// <summary>
    /// Every write that does not carry its own credentials (a bearer token, which no other site can make a browser
    /// send) must carry the anti-forgery token: in the form's hidden field, or in the RequestVerificationToken
    /// header. This covers the pages that read their forms by hand, and the sign-in form itself.
    /// </summary>
    public static void UseAntiforgeryOnWrites(this WebApplication app) => app.Use(async (http, next) =>
    {
        var method = http.Request.Method;
        var writes = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
        if (writes && !AccessTokenHandler.Carries(http.Request)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await Refused(http);
            return;
        }
        await next(http);
    });

    static Task Refused(HttpContext http)
    {
        if (Answers.IsApi(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = 400, Title = "Formulärets kontrollkod saknas eller är ogiltig.", Detail = "Skicka en token i Authorization: Bearer, eller formulärets kontrollkod." },
            }).AsTask();
        }
        return Layout.Page(http, "Formuläret kunde inte tas emot", Html.Of($"""
            <h1>Formuläret kunde inte tas emot</h1>
            <p>Formuläret saknade sin kontrollkod eller var för gammalt. Inget har ändrats. Gå tillbaka, ladda om sidan och försök igen.</p>
            """), StatusCodes.Status400BadRequest).ExecuteAsync(http);
    }
}
