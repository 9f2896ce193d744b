using Decisions.Commands;
using Wolverine.Runtime;

namespace Decisions.Web;

/// <summary>
/// A page read while the register is still doing the follow-ups of something just recorded (a due dated by "nästa
/// sammanträde", a report reaching its assignment) says so, rather than show the derived facts as missing.
/// </summary>
public static class FollowUpNotice
{
    const string Pending = "follow-ups-pending";

    /// <summary>The pages' filter: counts the pending follow-ups once per page read.</summary>
    public static async ValueTask<object?> Count(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            try
            {
                http.Items[Pending] = await FollowUpProgress.PendingAsync(http.RequestServices.GetRequiredService<IWolverineRuntime>());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Without the count the page is still right about what is recorded; the database's absence is answered elsewhere.
            }
        }
        return await next(context);
    }

    public static Html Render(HttpContext http) =>
        http.Items.TryGetValue(Pending, out var count) && count is int n && n > 0
            ? Html.Of($"""<p class="notice" role="status">Registret för just nu in följder av nyss registrerade uppgifter (till exempel datum för ”nästa sammanträde” och återrapporteringar till uppdrag). Ladda om sidan om en stund för att se dem.</p>""")
            : Html.Empty;
}
