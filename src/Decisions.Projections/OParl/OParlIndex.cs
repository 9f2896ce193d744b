using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Meetings;
using Decisions.Shared;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Projections;

namespace Decisions.OParl;

/// <summary>The OParl object types the register serves as lists; System, Body and Membership hang off these.</summary>
public enum OParlKind { Organization, Person, Meeting, AgendaItem, Paper, Consultation }

/// <summary>A membership of a person in one of our bodies, as OParl sees it: when it was first and last recorded.</summary>
public sealed record MembershipStamp(string BodyId, DateOnly From, DateTimeOffset Created, DateTimeOffset Modified, bool Ended);

/// <summary>
/// One OParl object: when the register first and last recorded a fact it shows (Marten's event timestamps, so
/// <c>created_since</c>/<c>modified_since</c> are a filter on two indexed columns), whether it was withdrawn from the
/// public (a decision under sekretess leaves its agenda item and consultation deleted), and the keys that lead to its
/// content. The content itself is read from the other read models when a page is served: the index repeats none of it,
/// so a correction or a sekretess rule has one place to live.
/// </summary>
/// <param name="Key">Our own id: a body, a person's folded name, a meeting, a decision (agenda item, consultation) or a case.</param>
/// <param name="Parent">A meeting's body, an agenda item's meeting, a consultation's case.</param>
/// <param name="Name">A person's name as first written.</param>
/// <param name="Decisions">A case's decisions, and of them <paramref name="Hidden"/> those under sekretess: a case with nothing else is deleted.</param>
/// <param name="Assignments">The assignments an agenda item's decision gave.</param>
/// <param name="OwnFacts">A case that was opened or has documents stays public whatever its decisions are.</param>
public sealed record OParlEntry(
    string Id, OParlKind Kind, string Key, string? Parent, string? Name, DateTimeOffset Created, DateTimeOffset Modified, bool Deleted,
    IReadOnlyList<string> Decisions, IReadOnlyList<string> Hidden, IReadOnlyList<string> Assignments, bool OwnFacts,
    IReadOnlyList<MembershipStamp> Memberships)
{
    public static string IdOf(OParlKind kind, string key) => $"{kind}:{key}";

    /// <summary>People are told apart by their folded name ("Anna Nordqvist" and "anna  nordqvist" are one person), as bodies are.</summary>
    public static string PersonKey(string name) => StreamIds.Body(name);

    static OParlEntry New(OParlKind kind, string key, DateTimeOffset at) =>
        new(IdOf(kind, key), kind, key, null, null, at, at, false, [], [], [], false, []);

    /// <summary>The entry <paramref name="e"/> starts; null for an event that only changes an object that exists.</summary>
    public static OParlEntry? Start(OParlKind kind, string key, IEvent e)
    {
        var at = LogEntry.AsStored(e);
        return (kind, e.Data) switch
        {
            (OParlKind.Organization, BodyRegistered) => New(kind, key, at),
            (OParlKind.Person, MemberJoined m) => New(kind, key, at) with { Name = m.Name },
            (OParlKind.Person, AttendanceRecorded or AttendanceCorrected) => New(kind, key, at) with { Name = NameIn(e.Data, key) },
            (OParlKind.Meeting, MeetingHeld m) => New(kind, key, at) with { Parent = m.BodyId },
            (OParlKind.AgendaItem, DecisionTaken d) => New(kind, key, at) with { Parent = d.MeetingId },
            (OParlKind.AgendaItem, ParagraphRecorded p) => New(kind, key, at) with { Parent = p.MeetingId },
            (OParlKind.Paper, CaseOpened or DocumentFiled or DecisionRecordedInCase) => New(kind, key, at),
            (OParlKind.Consultation, DecisionRecordedInCase d) => New(kind, key, at) with { Parent = d.CaseId },
            _ => null,
        } is { } started ? started.Next(e) : null;
    }

    /// <summary>Every event routed here shows in the object, so it moves <see cref="Modified"/>; some change more.</summary>
    public OParlEntry Next(IEvent e)
    {
        // Attendance names a person without changing what the person object shows.
        if (Kind == OParlKind.Person && e.Data is AttendanceRecorded or AttendanceCorrected) return this;
        var next = this with { Modified = LogEntry.AsStored(e) };
        return e.Data switch
        {
            MemberJoined m when Kind == OParlKind.Person => next with { Memberships = [.. Memberships, new MembershipStamp(m.BodyId, m.OccurredOn, next.Modified, next.Modified, false)] },
            MemberLeft m when Kind == OParlKind.Person => next with
            {
                Memberships = [.. Memberships.Select(s => s.BodyId == m.BodyId && !s.Ended ? s with { Modified = next.Modified, Ended = true } : s)],
            },
            CaseOpened or DocumentFiled => next.Visible(next with { OwnFacts = true }),
            DecisionRecordedInCase d when Kind == OParlKind.Paper && !Decisions.Contains(d.DecisionId) => next.Visible(next with { Decisions = [.. Decisions, d.DecisionId] }),
            DecisionMarkedConfidential d when Kind == OParlKind.Paper => next.Visible(next with { Hidden = [.. Hidden.Append(d.DecisionId).Distinct()] }),
            DecisionMarkedConfidential when Kind is OParlKind.AgendaItem or OParlKind.Consultation => next with { Deleted = true },
            AssignmentGiven a when Kind == OParlKind.AgendaItem && !Assignments.Contains(a.AssignmentId) => next with { Assignments = [.. Assignments, a.AssignmentId] },
            _ => next,
        };
    }

    /// <summary>A case is public while something of it is: its opening, a document or a decision not under sekretess (as <see cref="CaseState.Without"/>).</summary>
    OParlEntry Visible(OParlEntry entry) => entry with { Deleted = !entry.OwnFacts && entry.Decisions.All(entry.Hidden.Contains) };

    static string? NameIn(object attendance, string key) =>
        Attendees(attendance).FirstOrDefault(n => PersonKey(n) == key);

    /// <summary>The politicians of a meeting: who served and the ersättare present. Officials are staff, not people of the council.</summary>
    public static IEnumerable<string> Attendees(object attendance) => attendance switch
    {
        AttendanceRecorded a => Attendees(a.Attendance),
        AttendanceCorrected a => Attendees(a.Attendance),
        _ => [],
    };

    public static IEnumerable<string> Attendees(Attendance attendance) =>
        attendance.Serving.Concat(attendance.PresentSubstitutes).Select(a => a.Name).Where(n => !string.IsNullOrWhiteSpace(n));
}

/// <summary>
/// Routes each event to the OParl objects that show it, and to those that carry them (OParl 1.1 wants an object's
/// <c>modified</c> moved with what is embedded in it: a meeting with its agenda items, a paper with its consultations).
/// A decision put under sekretess or corrected, and every later event of an assignment, change a case (a paper) that
/// the event does not name: its case is looked up (<see cref="CasesAsync"/>).
/// </summary>
public sealed partial class OParlIndexProjection : MultiStreamProjection<OParlEntry, string>
{
    public OParlIndexProjection()
    {
        foreach (var type in Shared.Evolve.EventTypes<BodyState>().Concat(Shared.Evolve.EventTypes<MeetingState>()).Concat(Shared.Evolve.EventTypes<CaseState>())
                     .Concat(Shared.Evolve.EventTypes<DecisionState>()).Concat(Shared.Evolve.EventTypes<AssignmentState>()))
            IncludeType(type);
        CustomGrouping(GroupAsync);
    }

    public override OParlEntry? Evolve(OParlEntry? entry, string id, IEvent e)
    {
        if (entry is not null) return entry.Next(e);
        var colon = id.IndexOf(':');
        return OParlEntry.Start(Enum.Parse<OParlKind>(id[..colon]), id[(colon + 1)..], e);
    }

    static async Task GroupAsync(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
    {
        var caseOf = await CasesAsync(session, events);
        foreach (var e in events)
        foreach (var id in Targets(e.Data, caseOf).Distinct())
            grouping.AddEvent(id, e);
    }

    static IEnumerable<string> Targets(object data, IReadOnlyDictionary<string, string?> caseOf)
    {
        static string Of(OParlKind kind, string key) => OParlEntry.IdOf(kind, key);
        IEnumerable<string> Paper(string streamId) => caseOf.GetValueOrDefault(streamId) is { } caseId ? [Of(OParlKind.Paper, caseId)] : [];

        switch (data)
        {
            case BodyRegistered b: return [Of(OParlKind.Organization, b.BodyId)];
            case MemberJoined m: return [Of(OParlKind.Organization, m.BodyId), Of(OParlKind.Person, OParlEntry.PersonKey(m.Name))];
            case MemberLeft m: return [Of(OParlKind.Organization, m.BodyId), Of(OParlKind.Person, OParlEntry.PersonKey(m.Name))];
            case MeetingHeld m: return [Of(OParlKind.Meeting, m.MeetingId)];
            case MeetingCorrected m: return [Of(OParlKind.Meeting, m.MeetingId)];
            case MinutesAdjusted m: return [Of(OParlKind.Meeting, m.MeetingId)];
            case MinutesPosted m: return [Of(OParlKind.Meeting, m.MeetingId)];
            case AttendanceRecorded or AttendanceCorrected:
                var meetingId = data is AttendanceRecorded r ? r.MeetingId : ((AttendanceCorrected)data).MeetingId;
                return OParlEntry.Attendees(data).Select(n => Of(OParlKind.Person, OParlEntry.PersonKey(n))).Prepend(Of(OParlKind.Meeting, meetingId));
            case ParagraphRecorded p:
                return [Of(OParlKind.Meeting, p.MeetingId), Of(OParlKind.AgendaItem, StreamIds.Decision(p.MeetingId, p.Paragraph.Number))];
            case CaseOpened c: return [Of(OParlKind.Paper, c.CaseId)];
            case DocumentFiled d: return [Of(OParlKind.Paper, d.CaseId)];
            case DecisionRecordedInCase d: return [Of(OParlKind.Paper, d.CaseId), Of(OParlKind.Consultation, d.DecisionId)];
            case DecisionTaken d: return [Of(OParlKind.Meeting, d.MeetingId), Of(OParlKind.AgendaItem, d.DecisionId)];
            // A correction may change the kind of decision, which its consultation (carried by its paper) tells.
            case DecisionCorrected d:
                return new[] { Of(OParlKind.Meeting, MeetingOf(d.DecisionId)), Of(OParlKind.AgendaItem, d.DecisionId), Of(OParlKind.Consultation, d.DecisionId) }
                    .Concat(Paper(d.DecisionId));
            case DecisionMarkedConfidential d:
                return new[] { Of(OParlKind.Meeting, MeetingOf(d.DecisionId)), Of(OParlKind.AgendaItem, d.DecisionId), Of(OParlKind.Consultation, d.DecisionId) }
                    .Concat(Paper(d.DecisionId));
            // An assignment shows on its agenda item, so on the meeting that carries the item (spec 2.8), and on its case's paper.
            case AssignmentGiven a:
                return new[] { Of(OParlKind.AgendaItem, a.DecisionId), Of(OParlKind.Meeting, MeetingOf(a.DecisionId)) }
                    .Concat(a.CaseNumber is { } caseNumber ? [Of(OParlKind.Paper, StreamIds.Case(caseNumber))] : []);
            default:
                return AssignmentOf(data) is { } assignmentId
                    ? new[] { Of(OParlKind.AgendaItem, DecisionOf(assignmentId)), Of(OParlKind.Meeting, MeetingOf(DecisionOf(assignmentId))) }.Concat(Paper(assignmentId))
                    : [];
        }
    }

    /// <summary>
    /// The case of each decision under sekretess or corrected, and of each assignment, that an event changes without naming its case. It is
    /// read from the stream's first event (the decision taken, the assignment given), in this batch or in the log: never
    /// from another read model, which a rebuild may not have written yet.
    /// </summary>
    static async Task<IReadOnlyDictionary<string, string?>> CasesAsync(IQuerySession session, IReadOnlyList<IEvent> events)
    {
        var caseOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Learn(object data)
        {
            if (data is DecisionTaken d) caseOf[d.DecisionId] = d.Details.CaseNumber is { } c ? StreamIds.Case(c) : null;
            if (data is AssignmentGiven a) caseOf[a.AssignmentId] = a.CaseNumber is { } n ? StreamIds.Case(n) : null;
        }
        foreach (var e in events) Learn(e.Data);
        var wanted = events.Select(e => e.Data switch { DecisionMarkedConfidential d => d.DecisionId, DecisionCorrected d => d.DecisionId, _ => AssignmentOf(e.Data) })
            .OfType<string>().Where(id => !caseOf.ContainsKey(id)).Distinct().ToArray();
        if (wanted.Length > 0)
            foreach (var first in await session.Events.QueryAllRawEvents().Where(x => x.StreamKey!.IsOneOf(wanted) && x.Version == 1).ToListAsync())
                Learn(first.Data);
        return caseOf;
    }

    /// <summary>A decision's id is its meeting's, "/§" and the number (<see cref="StreamIds.Decision"/>).</summary>
    static string MeetingOf(string decisionId) =>
        decisionId.LastIndexOf("/§", StringComparison.Ordinal) is var sign and >= 0 ? decisionId[..sign] : decisionId;

    /// <summary>An assignment's id is its decision's, '/' and the clause (<see cref="StreamIds.Assignment"/>).</summary>
    static string DecisionOf(string assignmentId) => assignmentId[..assignmentId.LastIndexOf('/')];

    static string? AssignmentOf(object data) => data switch
    {
        AssignmentGiven => null,
        DueResolved e => e.AssignmentId,
        DeadlineChanged e => e.AssignmentId,
        ReportBackReceived e => e.AssignmentId,
        AssignmentClosed e => e.AssignmentId,
        AssignmentWithdrawn e => e.AssignmentId,
        AssignmentMerged e => e.AssignmentId,
        AssignmentCorrected e => e.AssignmentId,
        AssignmentMarkedConfidential e => e.AssignmentId,
        _ => null,
    };
}
