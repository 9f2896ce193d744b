using System.Globalization;
using System.Text.Json.Nodes;

namespace Decisions.OParl;

/// <summary>
/// The absolute addresses of the OParl objects (OParl wants every id a URL) and of our own pages, from the address
/// the request came to (behind a proxy, the forwarded one: see Decisions:TrustedProxies). Our ids hold '/' and '§',
/// so each travels URL-encoded as one path segment, as the web pages' addresses do.
/// </summary>
public sealed class OParlSite(HttpRequest request, IConfiguration settings)
{
    /// <summary>The site of this request; OParl clients run in browsers on other sites too (spec 2.6), so every answer allows any origin.</summary>
    public static OParlSite For(HttpContext http)
    {
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return new OParlSite(http.Request, http.RequestServices.GetRequiredService<IConfiguration>());
    }

    public const string Version = "https://schema.oparl.org/1.1/";
    public const string Root = "/oparl/v1";

    readonly string site = $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The municipality or region the register belongs to: its one oparl:Body (an organisation added later: its own name).</summary>
    public string Name =>
        request.HttpContext.Features.Get<Organisations.OrganisationFeature>()?.Organisation is { Id: not Organisations.OrganisationIds.Default } added ? added.Name
        : settings["Decisions:OParl:Name"] is { Length: > 0 } name ? name : "Beslutsregistret";
    public string? ShortName => settings["Decisions:OParl:ShortName"] is { Length: > 0 } s ? s : null;
    public string? ContactEmail => settings["Decisions:OParl:ContactEmail"] is { Length: > 0 } s ? s : null;
    public string? License => settings["Decisions:OParl:License"] is { Length: > 0 } s ? s : null;

    public string Api(string path) => $"{site}{Root}{path}";
    public string Web(string path) => site + path;

    public string System => Api("/system");
    public string Bodies => Api("/bodies");
    public string Body => Api("/body");
    public string BodyList(string list) => Api($"/body/{list}");

    string Of(string list, string key) => Api($"/{list}/{Uri.EscapeDataString(key)}");
    public string Organization(string bodyId) => Of(OParlEndpoints.Lists.Organizations, bodyId);
    public string Person(string personKey) => Of(OParlEndpoints.Lists.People, personKey);
    public string Membership(string bodyId, string personKey, DateOnly from) => Of("memberships", MembershipKey(bodyId, personKey, from));
    public string Meeting(string meetingId) => Of(OParlEndpoints.Lists.Meetings, meetingId);
    public string AgendaItem(string decisionId) => Of(OParlEndpoints.Lists.AgendaItems, decisionId);
    public string Paper(string caseId) => Of(OParlEndpoints.Lists.Papers, caseId);
    public string Consultation(string decisionId) => Of(OParlEndpoints.Lists.Consultations, decisionId);

    /// <summary>A membership is a person's seat in a body from a day: the three keep it apart from a later one.</summary>
    public static string MembershipKey(string bodyId, string personKey, DateOnly from) => $"{bodyId}/{personKey}/{Date(from)}";

    public static string Type(string name) => $"https://schema.oparl.org/1.1/{name}";

    /// <summary>OParl's date-time: seconds and an offset, "2023-05-16T13:00:00+02:00".</summary>
    public static string Instant(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A meeting's clock time is Swedish local time; the offset says whether it was summer.</summary>
    public static string LocalInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return Instant(new DateTimeOffset(local, Sweden.GetUtcOffset(local)));
    }

    /// <summary>An object as OParl wants it: the fields with no value left out rather than null or empty.</summary>
    /// <param name="required">Fields the schema requires: written even when empty (an empty list is "[]", spec 2.4).</param>
    public static JsonObject Object(
        string id, string type, DateTimeOffset? created, DateTimeOffset? modified, (string Name, JsonNode? Value)[] fields, params string[] required)
    {
        var o = new JsonObject { ["id"] = id, ["type"] = Type(type) };
        foreach (var (name, value) in fields)
            if (value is not null && (required.Contains(name) || !(value is JsonArray { Count: 0 } || (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))))
                o[name] = value;
        if (created is not null) o["created"] = Instant(created.Value);
        if (modified is not null) o["modified"] = Instant(modified.Value);
        return o;
    }

    /// <summary>A soft delete (spec 2.8): id, type and the times stay, everything else goes.</summary>
    public static JsonObject Deleted(string id, string type, OParlEntry stamps) =>
        new() { ["id"] = id, ["type"] = Type(type), ["created"] = Instant(stamps.Created), ["modified"] = Instant(stamps.Modified), ["deleted"] = true };

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray Urls(IEnumerable<string> urls) => new([.. urls.Select(u => (JsonNode)u)]);
}
