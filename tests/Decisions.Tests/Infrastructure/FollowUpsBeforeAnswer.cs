using Decisions.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// In tests, a write is answered only once the follow-ups of what it committed are done (a due resolved, a report
/// reaching its assignment), so a test reads derived facts right after its command as a person would a moment later.
/// The answer is held back, not changed; a follow-up still pending after the wait fails the request loudly.
/// </summary>
public sealed class FollowUpsBeforeAnswer : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                await inner(http);
                return;
            }
            var body = http.Response.Body;
            await using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            try
            {
                await inner(http);
                // A refused write committed nothing, and with the database away there is nothing to wait for.
                if (http.Response.StatusCode >= 400) return;
                var runtime = http.RequestServices.GetRequiredService<IWolverineRuntime>();
                if (!await FollowUpProgress.WaitUntilDoneAsync(runtime, TimeSpan.FromSeconds(30)))
                    throw new TimeoutException("Follow-ups were still pending 30 s after the command.");
            }
            finally
            {
                http.Response.Body = body;
                buffer.Position = 0;
                await buffer.CopyToAsync(body);
            }
        });
        next(app);
    };
}
