using Microsoft.AspNetCore.Antiforgery;

namespace Decisions.Web;

/// <summary>The hidden field every form that changes something carries, so another site cannot post it for a signed-in person.</summary>
public static class AntiforgeryField
{
    public static Html For(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }
}
