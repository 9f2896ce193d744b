using System.Text.Json.Nodes;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Web;
using Marten;
using static Decisions.OParl.OParlSite;

namespace Decisions.OParl;

/// <summary>
/// Turns index entries into OParl objects, a page at a time: each kind loads what it shows in a few batched lookups
/// by id (never one per object), and <see cref="Secrecy"/> decides what of it the public sees, as for every other view.
/// Our bodies (nämnder, KF, KS, utskott) are oparl:Organization; a case (ärende) is a Paper; a § is an AgendaItem of
/// its meeting and, when it has a case, a Consultation of that Paper. Assignments and their report-backs are
/// <c>decisions:assignments</c> on the agenda item that gave them and on their case's paper.
/// </summary>
public sealed class OParlObjects(IQuerySession session, OParlSite site, Secrecy secrecy)
{
    public const string AssignmentsProperty = "decisions:assignments";

    public Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct) =>
        entries.Count == 0 ? Task.FromResult<IReadOnlyList<JsonObject>>([]) : entries[0].Kind switch
        {
            OParlKind.Organization => OrganizationsAsync(entries, ct),
            OParlKind.Person => PeopleAsync(entries, ct),
            OParlKind.Meeting => MeetingsAsync(entries, ct),
            OParlKind.AgendaItem => AgendaItemsAsync(entries, ct),
            OParlKind.Paper => PapersAsync(entries, ct),
            OParlKind.Consultation => ConsultationsAsync(entries, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(entries)),
        };

    public string Url(OParlEntry entry) => entry.Kind switch
    {
        OParlKind.Organization => site.Organization(entry.Key),
        OParlKind.Person => site.Person(entry.Key),
        OParlKind.Meeting => site.Meeting(entry.Key),
        OParlKind.AgendaItem => site.AgendaItem(entry.Key),
        OParlKind.Paper => site.Paper(entry.Key),
        _ => site.Consultation(entry.Key),
    };

    JsonObject Deleted(OParlEntry entry) => OParlSite.Deleted(Url(entry), entry.Kind.ToString(), entry);

    async Task<IReadOnlyList<JsonObject>> OrganizationsAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct)
    {
        var bodies = (await session.LoadManyAsync<BodyState>(ct, entries.Select(e => e.Key))).ToDictionary(b => b.Id);
        return [.. entries.Select(e => bodies.GetValueOrDefault(e.Key) is { } b && !e.Deleted ? Organization(e, b) : Deleted(e))];
    }

    JsonObject Organization(OParlEntry e, BodyState body) => Object(site.Organization(body.Id), "Organization", e.Created, e.Modified,
    [
        ("body", site.Body), ("name", body.Name), ("organizationType", "Gremium"),
        ("classification", Classification(body.Kind)),
        ("subOrganizationOf", body.ParentBodyId is { } parent ? site.Organization(parent) : null),
        ("membership", Urls(body.Members.Select(m => site.Membership(body.Id, OParlEntry.PersonKey(m.Name), m.From)).Distinct())),
        ("meeting", site.BodyList("meetings") + QueryString.Create("organization", body.Id)),
    ]);

    static string Classification(BodyKind kind) => kind switch
    {
        BodyKind.Fullmaktige => "fullmäktige",
        BodyKind.Styrelse => "styrelse",
        BodyKind.Namnd => "nämnd",
        BodyKind.Utskott => "utskott",
        _ => "beredning",
    };

    async Task<IReadOnlyList<JsonObject>> PeopleAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct)
    {
        var bodies = await BodiesAsync(entries.SelectMany(e => e.Memberships.Select(m => m.BodyId)), ct);
        return [.. entries.Select(e => e.Deleted ? Deleted(e) : Object(site.Person(e.Key), "Person", e.Created, e.Modified,
        [
            ("body", site.Body), ("name", e.Name),
            ("membership", Array(e.Memberships.Select(m => Membership(e, m, bodies.GetValueOrDefault(m.BodyId))))),
        ]))];
    }

    public async Task<Dictionary<string, BodyState>> BodiesAsync(IEnumerable<string> bodyIds, CancellationToken ct) =>
        (await session.LoadManyAsync<BodyState>(ct, bodyIds.Distinct())).ToDictionary(b => b.Id);

    /// <summary>A seat in one of our bodies: an ersättare has no vote unless serving, so <c>votingRight</c> is the ordinary member's.</summary>
    public JsonObject Membership(OParlEntry person, MembershipStamp stamp, BodyState? body)
    {
        var seat = body?.Members.FirstOrDefault(m => OParlEntry.PersonKey(m.Name) == person.Key && m.From == stamp.From);
        return Object(site.Membership(stamp.BodyId, person.Key, stamp.From), "Membership", stamp.Created, stamp.Modified,
        [
            ("person", site.Person(person.Key)), ("organization", site.Organization(stamp.BodyId)),
            ("role", seat?.Role ?? (seat?.IsSubstitute == true ? "ersättare" : "ledamot")), ("votingRight", seat is null ? null : !seat.IsSubstitute),
            ("startDate", Date(stamp.From)), ("endDate", seat?.To is { } to ? Date(to) : null), ("decisions:party", seat?.Party),
        ]);
    }

    async Task<IReadOnlyList<JsonObject>> MeetingsAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct)
    {
        var keys = entries.Select(e => e.Key).ToArray();
        var meetings = (await session.LoadManyAsync<MeetingState>(ct, keys)).ToDictionary(m => m.Id);
        var bodies = await BodyDirectory.LoadAsync(session, meetings.Values.Select(m => m.BodyId), ct);
        var itemEntries = await session.Query<OParlEntry>()
            .Where(x => x.Kind == OParlKind.AgendaItem && x.Parent.IsOneOf(keys) && !x.Deleted).ToListAsync(ct);
        var items = (await AgendaItemsAsync(itemEntries, ct, meetings)).Zip(itemEntries)
            .Where(x => !x.First.ContainsKey("deleted")).ToLookup(x => x.Second.Parent!, x => x.First);
        return [.. entries.Select(e => meetings.GetValueOrDefault(e.Key) is { } m ? Object(site.Meeting(m.Id), "Meeting", e.Created, e.Modified,
        [
            ("name", $"{bodies.Ref(m.BodyId).Name} {Date(m.Details.Date)}"), ("meetingState", MeetingStateOf(m)), ("cancelled", false),
            ("start", m.Details.Start is { } start ? LocalInstant(m.Details.Date, start) : null),
            ("end", m.Details.End is { } end ? LocalInstant(m.Details.Date, end) : null),
            ("organization", Urls([site.Organization(m.BodyId)])),
            ("participant", Urls((m.Attendance is null ? [] : OParlEntry.Attendees(m.Attendance)).Select(n => site.Person(OParlEntry.PersonKey(n))).Distinct())),
            ("agendaItem", Array(items[m.Id].OrderBy(i => (int)i["order"]!))),
            ("web", site.Web(Parts.MeetingUrl(m.Id))), ("decisions:date", Date(m.Details.Date)), ("decisions:place", m.Details.Place),
        ]) : Deleted(e))];
    }

    /// <summary>Where the minutes stand: held, adjusted (justerat), or posted on the notice board (anslaget), when appeals run.</summary>
    static string MeetingStateOf(MeetingState m) => m.Posting is not null ? "anslaget" : m.Adjustment is not null ? "justerat" : "genomfört";

    async Task<IReadOnlyList<JsonObject>> AgendaItemsAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct, IReadOnlyDictionary<string, MeetingState>? meetings = null)
    {
        var records = (await session.LoadManyAsync<DecisionRecord>(ct, entries.Select(e => e.Key).Distinct())).ToDictionary(r => r.Id);
        meetings ??= (await session.LoadManyAsync<MeetingState>(ct, entries.Select(e => e.Parent!).Distinct())).ToDictionary(m => m.Id);
        var assignments = await AssignmentsAsync(session.LoadManyAsync<AssignmentHistory>(ct, entries.SelectMany(e => e.Assignments).Distinct()));
        return [.. entries.Select(e => e.Deleted || secrecy.HidesDecision(e.Key) ? Deleted(e)
            : AgendaItem(e, records.GetValueOrDefault(e.Key), meetings.GetValueOrDefault(e.Parent!), assignments.Where(a => e.Assignments.Contains(a.Id))))];
    }

    JsonObject AgendaItem(OParlEntry e, DecisionRecord? record, MeetingState? meeting, IEnumerable<AssignmentState> assignments)
    {
        var number = record?.Details.Paragraph ?? int.Parse(e.Key[(e.Key.LastIndexOf('§') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var paragraph = meeting?.FindParagraph(number);
        return Object(site.AgendaItem(e.Key), "AgendaItem", e.Created, e.Modified,
        [
            ("meeting", site.Meeting(e.Parent!)), ("number", number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("order", number),
            ("name", record?.Details.Title ?? paragraph?.Title), ("public", true),
            ("consultation", record?.CaseId is not null ? site.Consultation(e.Key) : null),
            ("result", record is null ? null : Parts.KindName(record.Details.Kind)),
            ("resolutionText", record is null ? null : string.Join("\n", secrecy.Clauses(record.Id, record.Details.Clauses))),
            ("web", site.Web($"{Parts.MeetingUrl(e.Parent!)}#p{number}")),
            (AssignmentsProperty, Array(assignments.Select(Assignment))),
        ], "order");
    }

    async Task<IReadOnlyList<JsonObject>> PapersAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct)
    {
        var keys = entries.Select(e => e.Key).ToArray();
        var cases = (await session.LoadManyAsync<CaseState>(ct, keys)).ToDictionary(c => c.Id);
        var consultationEntries = await session.Query<OParlEntry>()
            .Where(x => x.Kind == OParlKind.Consultation && x.Parent.IsOneOf(keys) && !x.Deleted).ToListAsync(ct);
        var consultations = (await ConsultationsAsync(consultationEntries, ct)).Zip(consultationEntries)
            .Where(x => !x.First.ContainsKey("deleted")).ToLookup(x => x.Second.Parent!, x => x.First);
        var assignments = (await AssignmentsAsync(session.Query<AssignmentHistory>().Where(x => x.CaseId.IsOneOf(keys) && !x.Confidential).ToListAsync(ct)))
            .ToLookup(a => StreamIds.Case(a.Given.CaseNumber!));
        return [.. entries.Select(e => !e.Deleted && secrecy.Case(cases.GetValueOrDefault(e.Key)) is { } c
            ? Object(site.Paper(e.Key), "Paper", e.Created, e.Modified,
            [
                ("body", site.Body), ("name", c.Title), ("reference", c.CaseNumber), ("date", Date(c.OpenedOn)), ("paperType", "ärende"),
                ("consultation", Array(consultations[e.Key])),
                ("web", site.Web(Parts.CaseUrl(c.CaseNumber))),
                ("decisions:documents", Array(c.Documents.Select(Document))),
                (AssignmentsProperty, Array(assignments[e.Key].Select(Assignment))),
            ])
            : Deleted(e))];
    }

    /// <summary>
    /// A case's documents are not files the register keeps (oparl:File needs an address to fetch it from), so they are
    /// told as what the register knows of them.
    /// </summary>
    static JsonObject Document(FiledDocument d) => new()
    {
        ["name"] = d.Details.Title, ["kind"] = d.Details.Kind.ToString(), ["date"] = Date(d.Details.Date),
        ["author"] = d.Details.Author, ["recipients"] = Array(d.Details.Recipients.Select(r => (JsonNode)r)),
    };

    async Task<IReadOnlyList<JsonObject>> ConsultationsAsync(IReadOnlyList<OParlEntry> entries, CancellationToken ct)
    {
        var records = (await session.LoadManyAsync<DecisionRecord>(ct, entries.Select(e => e.Key).Distinct())).ToDictionary(r => r.Id);
        return [.. entries.Select(e => e.Deleted || secrecy.HidesDecision(e.Key) || records.GetValueOrDefault(e.Key) is not { } r ? Deleted(e)
            : Object(site.Consultation(e.Key), "Consultation", e.Created, e.Modified,
            [
                ("paper", site.Paper(e.Parent!)), ("agendaItem", site.AgendaItem(r.Id)), ("meeting", site.Meeting(r.MeetingId)),
                ("organization", Urls([site.Organization(r.BodyId)])),
                // A body's own decision settles the matter; a proposal to another body (an utskott's to its nämnd) does not.
                ("authoritative", r.Details.Kind != DecisionKind.ProposalToOtherBody), ("role", Parts.KindName(r.Details.Kind)),
                ("web", site.Web($"{Parts.MeetingUrl(r.MeetingId)}#p{r.Details.Paragraph}")),
            ]))];
    }

    /// <summary>The assignments the public may see, as the public may see them (a report given at a confidential decision left out).</summary>
    async Task<IReadOnlyList<AssignmentState>> AssignmentsAsync(Task<IReadOnlyList<AssignmentHistory>> load) =>
        [.. (await load).Where(h => !secrecy.HidesAssignment(h)).Select(h => secrecy.Assignment(h.Current())).OrderBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>
    /// An assignment as a vendor object: who is to do what, by when, how it stands and what has been reported. A withdrawn
    /// or merged one stays, with that status: it is a public fact of the decision that gave it, not a deleted object.
    /// </summary>
    JsonObject Assignment(AssignmentState a)
    {
        var o = new JsonObject
        {
            ["id"] = site.Web($"/api/assignments/{Uri.EscapeDataString(a.Id)}"),
            ["web"] = site.Web(Parts.AssignmentUrl(a.Id)),
            ["assignee"] = a.Assignee, ["task"] = a.Task, ["given"] = Date(a.Given.OccurredOn),
            ["dueText"] = a.Due.Text, ["due"] = a.Due.Effective is { } due ? Date(due) : null,
            ["status"] = char.ToLowerInvariant(a.Status.ToString()[0]) + a.Status.ToString()[1..], ["statusText"] = Parts.StatusName(a.Status),
            ["reports"] = Array(a.ReportBacks.Select(r => (JsonNode)new JsonObject
            {
                ["date"] = Date(r.On), ["complete"] = r.Completeness == ReportCompleteness.Complete, ["summary"] = r.Summary,
            })),
        };
        if (a.MergedInto is { } into) o["mergedInto"] = site.Web($"/api/assignments/{Uri.EscapeDataString(into)}");
        if (o["due"] is null) o.Remove("due");
        return o;
    }
}
