using System.Text.Json.Nodes;
using Decisions.Queries;
using Decisions.Shared;
using Marten;

namespace Decisions.OParl;

/// <summary>
/// An external list's filters and page (spec 2.5): <c>created_since</c>, <c>created_until</c>, <c>modified_since</c>,
/// <c>modified_until</c> (full date-times), <c>limit</c> and <c>page</c>. Every link of a page keeps the filters, in one
/// order, so each page has one canonical URL. Deleted objects are listed only to a client that asks what changed since
/// a time (<c>modified_since</c>): that is how one that synced before learns of them.
/// </summary>
public sealed record OParlPaging(
    DateTimeOffset? CreatedSince, DateTimeOffset? CreatedUntil, DateTimeOffset? ModifiedSince, DateTimeOffset? ModifiedUntil,
    int Limit, int Page, IReadOnlyList<KeyValuePair<string, string?>> Filters)
{
    /// <summary>The spec recommends pages for lists longer than 100; a client may ask for fewer, and asking for more gets 100.</summary>
    public const int MaxLimit = 100;

    public static OParlPaging From(string? createdSince, string? createdUntil, string? modifiedSince, string? modifiedUntil, int? limit, int? page)
    {
        var filters = new List<KeyValuePair<string, string?>>();
        DateTimeOffset? Instant(string? value, string name)
        {
            // Npgsql writes only UTC instants to a timestamptz column.
            var instant = QueryParameters.Instant(value, name)?.ToUniversalTime();
            // Kept as the client wrote it: a link to the next page must not round the instant and widen the filter.
            if (instant is not null) filters.Add(new(name, value!.Trim()));
            return instant;
        }
        var (created, createdBefore) = (Instant(createdSince, "created_since"), Instant(createdUntil, "created_until"));
        var (modified, modifiedBefore) = (Instant(modifiedSince, "modified_since"), Instant(modifiedUntil, "modified_until"));
        var perPage = Math.Min(QueryParameters.Positive(limit, nameof(limit), MaxLimit), MaxLimit);
        if (limit is not null) filters.Add(new(nameof(limit), perPage.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new OParlPaging(created, createdBefore, modified, modifiedBefore, perPage, QueryParameters.Positive(page, nameof(page), 1), filters);
    }

    public bool ListsDeleted => ModifiedSince is not null;

    public bool Admits(DateTimeOffset created, DateTimeOffset modified) =>
        !(created < CreatedSince || created > CreatedUntil || modified < ModifiedSince || modified > ModifiedUntil);

    /// <summary>The filters applied in the database; the public never gets a listed agenda item or consultation of a decision under sekretess.</summary>
    public IQueryable<OParlEntry> Apply(IQueryable<OParlEntry> query, Secrecy secrecy)
    {
        if (CreatedSince is { } createdSince) query = query.Where(x => x.Created >= createdSince);
        if (CreatedUntil is { } createdUntil) query = query.Where(x => x.Created <= createdUntil);
        if (ModifiedSince is { } modifiedSince) query = query.Where(x => x.Modified >= modifiedSince);
        if (ModifiedUntil is { } modifiedUntil) query = query.Where(x => x.Modified <= modifiedUntil);
        if (ListsDeleted) return query;
        query = query.Where(x => !x.Deleted);
        // The index marks them deleted when the mark is recorded; this also covers one recorded in a race with it.
        var hidden = secrecy.Decisions.ToArray();
        return hidden.Length == 0 ? query : query.Where(x => !x.Key.IsOneOf(hidden));
    }

    /// <summary>One page: the objects, where it stands in the list, and the links to the others with the same filters.</summary>
    public JsonObject Answer(string listUrl, IReadOnlyList<KeyValuePair<string, string?>> listParameters, IEnumerable<JsonObject> data, long total)
    {
        var pages = Math.Max(1, (int)((total + Limit - 1) / Limit));
        string Link(int page) =>
            listUrl + QueryString.Create([.. listParameters, .. Filters, .. page > 1 ? [new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))] : Array.Empty<KeyValuePair<string, string?>>()]);
        var links = new JsonObject { ["first"] = Link(1) };
        if (Page > 1) links["prev"] = Link(Math.Min(Page - 1, pages));
        links["self"] = Link(Page);
        if (Page < pages) links["next"] = Link(Page + 1);
        links["last"] = Link(pages);
        return new JsonObject
        {
            ["data"] = OParlSite.Array(data),
            ["pagination"] = new JsonObject { ["totalElements"] = total, ["elementsPerPage"] = Limit, ["currentPage"] = Page, ["totalPages"] = pages },
            ["links"] = links,
        };
    }

    public int Skip => (int)Math.Min((long)(Page - 1) * Limit, int.MaxValue);
}
