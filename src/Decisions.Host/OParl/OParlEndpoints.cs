using System.Globalization;
using System.Text.Json.Nodes;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Wolverine.Http;
using static Decisions.OParl.OParlSite;

namespace Decisions.OParl;

/// <summary>
/// The register as open data in the one standard for council information systems, OParl 1.1, read-only and public:
/// <c>/oparl/v1/system</c> leads to the one Body (the municipality or region, <c>Decisions:OParl:Name</c>) and from it
/// to every list. Ids are our own keys URL-encoded as one path segment.
/// </summary>
public static class OParlEndpoints
{
    const string Tag = "OParl";

    [WolverineGet(Root + "/system", OperationId = "OParlSystem"), Tags(Tag)]
    public static JsonObject System(HttpContext http)
    {
        var site = For(http);
        return Object(site.System, "System", null, null,
        [
            ("oparlVersion", OParlSite.Version), ("body", site.Bodies), ("name", site.Name), ("website", site.Web("/")),
            ("contactEmail", site.ContactEmail), ("license", site.License),
        ]);
    }

    /// <summary>The list of bodies: the register is one.</summary>
    [WolverineGet(Root + "/bodies", OperationId = "OParlBodies"), Tags(Tag)]
    public static async Task<JsonObject> Bodies(
        HttpContext http, IQuerySession session, string? created_since, string? created_until, string? modified_since, string? modified_until,
        int? limit, int? page, CancellationToken ct)
    {
        var paging = OParlPaging.From(created_since, created_until, modified_since, modified_until, limit, page);
        var site = For(http);
        var (body, created, modified) = await BodyAsync(site, session, ct);
        var listed = created is null || paging.Admits(created.Value, modified!.Value) ? new[] { body } : [];
        return paging.Answer(site.Bodies, [], listed.Skip(paging.Skip).Take(paging.Limit), listed.Length);
    }

    [WolverineGet(Root + "/body", OperationId = "OParlBody"), Tags(Tag)]
    public static async Task<JsonObject> Body(HttpContext http, IQuerySession session, CancellationToken ct) =>
        (await BodyAsync(For(http), session, ct)).Body;

    /// <summary>The body was created with the register's first fact and is modified with its latest.</summary>
    static async Task<(JsonObject Body, DateTimeOffset? Created, DateTimeOffset? Modified)> BodyAsync(OParlSite site, IQuerySession session, CancellationToken ct)
    {
        var first = await session.Query<OParlEntry>().OrderBy(x => x.Created).FirstOrDefaultAsync(ct);
        var last = await session.Query<OParlEntry>().OrderByDescending(x => x.Modified).FirstOrDefaultAsync(ct);
        var body = Object(site.Body, "Body", first?.Created, last?.Modified,
        [
            ("system", site.System), ("name", site.Name), ("shortName", site.ShortName), ("contactEmail", site.ContactEmail), ("license", site.License),
            ("website", site.Web("/")), ("web", site.Web("/")),
            ("organization", site.BodyList(Lists.Organizations)), ("person", site.BodyList(Lists.People)), ("meeting", site.BodyList(Lists.Meetings)),
            ("paper", site.BodyList(Lists.Papers)), ("agendaItem", site.BodyList(Lists.AgendaItems)), ("consultation", site.BodyList(Lists.Consultations)),
            // Swedish councils sit for mandatperioder; the register does not keep them yet.
            ("legislativeTerm", new JsonArray()),
        ], "legislativeTerm");
        return (body, first?.Created, last?.Modified);
    }

    public static class Lists
    {
        public const string Organizations = "organizations", People = "people", Meetings = "meetings", Papers = "papers",
            AgendaItems = "agenda-items", Consultations = "consultations";

        /// <summary>A list's name is also the first segment of its objects' addresses.</summary>
        public static OParlKind? Kind(string list) => list switch
        {
            Organizations => OParlKind.Organization,
            People => OParlKind.Person,
            Meetings => OParlKind.Meeting,
            Papers => OParlKind.Paper,
            AgendaItems => OParlKind.AgendaItem,
            Consultations => OParlKind.Consultation,
            _ => null,
        };
    }

    /// <summary>
    /// One of the body's lists (organizations, people, meetings, papers, agenda-items, consultations), in a stable order
    /// (by id), paged in the database. With <c>modified_since</c> deleted objects are listed too, as OParl 1.1 requires.
    /// </summary>
    /// <param name="organization">For meetings: only those of this organization (our body id), as Organization.meeting links.</param>
    [WolverineGet(Root + "/body/{list}", OperationId = "OParlList"), Tags(Tag)]
    public static async Task<JsonObject> List(
        string list, string? organization, HttpContext http, IQuerySession session,
        string? created_since, string? created_until, string? modified_since, string? modified_until, int? limit, int? page, CancellationToken ct)
    {
        var kind = Lists.Kind(list) ?? throw new NotFound("OParl-listan", list);
        var paging = OParlPaging.From(created_since, created_until, modified_since, modified_until, limit, page);
        var site = For(http);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var query = paging.Apply(session.Query<OParlEntry>().Where(x => x.Kind == kind), secrecy);
        var parameters = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(organization))
        {
            if (kind != OParlKind.Meeting)
                throw new ValidationFailed(new Dictionary<string, string[]> { [nameof(organization)] = ["gäller bara listan över sammanträden (meetings)"] });
            query = query.Where(x => x.Parent == organization);
            parameters.Add(new(nameof(organization), organization));
        }
        var total = await query.CountAsync(ct);
        var entries = total <= paging.Skip ? [] : await query.OrderBy(x => x.Id).Skip(paging.Skip).Take(paging.Limit).ToListAsync(ct);
        var objects = new OParlObjects(session, site, secrecy);
        return paging.Answer(site.BodyList(list), parameters, await objects.RenderAsync(entries, ct), total);
    }

    /// <summary>
    /// One object at its address: <c>/oparl/v1/{kind}/{id}</c>, the kind named as its list is (organizations, people,
    /// meetings, agenda-items, papers, consultations) and the id URL-encoded as one segment.
    /// </summary>
    [WolverineGet(Root + "/{kind}/{id}", OperationId = "OParlObject"), Tags(Tag)]
    public static async Task<JsonObject> Get(string kind, string id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        // An object the register once served stays at its address; withdrawn from the public, it answers as deleted.
        var entry = Lists.Kind(kind) is { } oparlKind ? await session.LoadAsync<OParlEntry>(OParlEntry.IdOf(oparlKind, key), ct) : null;
        if (entry is null) throw new NotFound("OParl-objektet", $"{kind}/{key}");
        var objects = new OParlObjects(session, For(http), await Secrecy.PublicAsync(session, ct));
        return (await objects.RenderAsync([entry], ct))[0];
    }

    /// <summary>A seat: "body/person/first day", as <see cref="MembershipKey"/> makes it.</summary>
    [WolverineGet(Root + "/memberships/{id}", OperationId = "OParlMembership"), Tags(Tag)]
    public static async Task<JsonObject> Membership(string id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        var parts = key.Split('/');
        var found = parts.Length == 3 && DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && await session.LoadAsync<OParlEntry>(OParlEntry.IdOf(OParlKind.Person, parts[1]), ct) is { } person
            && person.Memberships.FirstOrDefault(m => m.BodyId == parts[0] && m.From == from) is { } stamp
                ? (person, stamp) : default;
        if (found.person is null) throw new NotFound("OParl-objektet", key);
        var objects = new OParlObjects(session, For(http), await Secrecy.PublicAsync(session, ct));
        return objects.Membership(found.person, found.stamp, (await objects.BodiesAsync([found.stamp.BodyId], ct)).GetValueOrDefault(found.stamp.BodyId));
    }
}
