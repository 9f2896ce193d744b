using System.Diagnostics;
using System.Globalization;

namespace Decisions;

/// <summary>
/// Every answer says how long the server took to produce it (<c>Server-Timing: app;dur=12.3</c>, milliseconds), so
/// the page-time budget can be checked in any browser's developer tools and by the benchmark, apart from the network.
/// Pages and JSON are produced whole before the first byte is sent, so the time to the headers is the time to answer.
/// </summary>
public static class ServerTiming
{
    public const string Header = "Server-Timing";

    public static void UseServerTiming(this WebApplication app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>The server's own time from an answer's header, if it has one.</summary>
    public static double? Milliseconds(string? header) =>
        header?.Split(";dur=") is [_, var duration] && double.TryParse(duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : null;
}
