using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Events;
using Decisions.Meetings;
using Decisions.Shared;

namespace Decisions.Benchmarks.History;

/// <summary>One stream of a generated region, with the aggregate its events build.</summary>
public sealed record GeneratedStream(string Id, Type AggregateType, List<object> Events);

/// <summary>
/// A region's ten years: its streams never share an id with another region's, so each region can be written
/// on its own and memory stays bounded by one region even for the largest size.
/// </summary>
public sealed record RegionHistory(string Name, IReadOnlyList<GeneratedStream> Streams)
{
    public int EventCount => Streams.Sum(s => s.Events.Count);
}

/// <summary>What the later measurements need to know about the generated world.</summary>
public sealed class HistoryFacts
{
    public List<string> BodyIds { get; } = [];
    public List<string> OpenAssignmentIds { get; } = [];
    public string LongestCaseNumber { get; set; } = "";
    public int LongestCaseEvents { get; set; }
    public DateOnly LongestCaseMiddle { get; set; }
    public long Events { get; set; }
}

/// <summary>
/// A deterministic history of Swedish regions, ten years each, decided by the real deciders so every stream is
/// one the register could have produced: the assembly, the board and its working committee, five nämnder with
/// theirs; meetings through the year, paragraphs with decisions in cases, assignments that are reported back on,
/// extended, closed or left open at later meetings, and the odd correction. Generation stops after the meeting
/// that reaches the target, so the same target always gives the same events.
/// </summary>
public sealed class HistoryGenerator(long targetEvents, int seed = 2015)
{
    public const int FirstYear = 2016, Years = 10;

    static readonly string[] RegionNames =
    [
        "Norrbotten", "Västerbotten", "Jämtland Härjedalen", "Västernorrland", "Gävleborg", "Dalarna", "Värmland",
        "Örebro län", "Västmanland", "Uppsala", "Stockholm", "Sörmland", "Östergötland", "Jönköpings län", "Kronoberg",
        "Kalmar län", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland",
    ];

    static readonly (string Name, string Abbreviation)[] Committees =
    [
        ("Hälso- och sjukvårdsnämnden", "HSN"), ("Regionala utvecklingsnämnden", "RUN"), ("Kulturnämnden", "KN"),
        ("Kollektivtrafiknämnden", "KTN"), ("Servicenämnden", "SN"),
    ];

    static readonly string[] Topics =
    [
        "ekonomi i balans", "budget och verksamhetsplan", "delårsrapport", "tillgänglighet i vården", "kompetensförsörjning",
        "lokalförsörjning", "digitalisering av vårdmöten", "regional utvecklingsstrategi", "kollektivtrafikens taxor",
        "kulturstöd till föreningar", "upphandling av måltider", "intern kontroll", "miljöprogram", "patientsäkerhet",
    ];

    static readonly string[] Assignees = ["Regiondirektören", "förvaltningen", "hälso- och sjukvårdsdirektören", "ekonomidirektören", "regionstyrelsens arbetsutskott"];
    static readonly string[] FirstNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Mikael", "Lena", "Anders", "Jenny", "Peter", "Emma"];
    static readonly string[] LastNames = ["Stark", "Nordqvist", "Steen", "Lindberg", "Holm", "Berg", "Ström", "Sjöberg", "Forsberg", "Wahlström", "Nyström", "Lundgren"];
    static readonly string[] Parties = ["S", "M", "SD", "C", "V", "KD", "L", "MP"];

    readonly Random random = new(seed);

    public HistoryFacts Facts { get; } = new();

    public IEnumerable<RegionHistory> Regions()
    {
        for (var index = 0; Facts.Events < targetEvents; index++)
        {
            var region = new RegionWriter(this, index);
            region.Write();
            Facts.Events += region.History.EventCount;
            yield return region.History;
        }
    }

    sealed record Body(string Id, string Name, string Abbreviation, BodyKind Kind, int MeetingsPerYear, List<Attendee> Members, List<Attendee> Substitutes);

    /// <summary>An assignment still to be reported on at its giving body's later meetings.</summary>
    sealed record Pending(string AssignmentId, DateOnly GivenOn, bool WaitsForNextMeeting);

    sealed class RegionWriter(HistoryGenerator generator, int index)
    {
        readonly Random random = generator.random;
        readonly Dictionary<string, GeneratedStream> streams = [];
        readonly List<GeneratedStream> order = [];
        readonly Dictionary<string, object> states = [];
        readonly List<Body> bodies = [];
        readonly Dictionary<string, List<Pending>> pendingByBody = [];
        readonly List<string> openCases = [];
        readonly string name = RegionNames[index % RegionNames.Length] + (index < RegionNames.Length ? "" : $" {index / RegionNames.Length + 1}");
        readonly string code = $"{index + 1:00}";
        string longCase = "";
        int caseSerial, eventCount;

        public RegionHistory History => new(name, order);

        public void Write()
        {
            RegisterBodies();
            longCase = OpenCase(FirstYear, "ekonomi i balans", withDocument: false);
            for (var year = FirstYear; year < FirstYear + Years && !generator.ReachedTarget(eventCount); year++)
            {
                if (year == FirstYear || (year - 2015) % 4 == 0) NewTerm(year);
                var meetings = bodies
                    .SelectMany(b => MeetingDates(year, b.MeetingsPerYear).Select(date => (Body: b, Date: date)))
                    .OrderBy(m => m.Date).ThenBy(m => m.Body.Id).ToList();
                var paragraphNumbers = bodies.ToDictionary(b => b.Id, _ => 0);
                foreach (var (body, date) in meetings)
                {
                    if (generator.ReachedTarget(eventCount)) break;
                    HoldMeeting(body, date, paragraphNumbers);
                }
            }
            CollectFacts();
        }

        void RegisterBodies()
        {
            Register($"Regionfullmäktige {name}", "RF", BodyKind.Fullmaktige, null, 8);
            var board = Register($"Regionstyrelsen {name}", "RS", BodyKind.Styrelse, null, 11);
            Register($"Regionstyrelsens arbetsutskott {name}", "RSAU", BodyKind.Utskott, board.Name, 15);
            foreach (var (committee, abbreviation) in Committees)
            {
                var nämnd = Register($"{committee} {name}", abbreviation, BodyKind.Namnd, null, 10);
                Register($"{committee}s arbetsutskott {name}", abbreviation + "AU", BodyKind.Utskott, nämnd.Name, 10);
            }
        }

        Body Register(string bodyName, string abbreviation, BodyKind kind, string? parent, int meetingsPerYear)
        {
            var id = StreamIds.Body(bodyName);
            Decide<BodyState>(id, s => BodyDecider.Decide(s, new RegisterBody(bodyName, kind, parent, new DateOnly(2015, 1, 1))));
            var body = new Body(id, bodyName, abbreviation, kind, meetingsPerYear, [], []);
            bodies.Add(body);
            pendingByBody[id] = [];
            return body;
        }

        /// <summary>A mandate period starts: everyone leaves the day before and a new set of members joins.</summary>
        void NewTerm(int year)
        {
            var from = new DateOnly(year == FirstYear ? 2015 : year, 1, 1);
            foreach (var body in bodies)
            {
                foreach (var member in body.Members.Concat(body.Substitutes))
                    Decide<BodyState>(body.Id, s => BodyDecider.Decide(s, new LeaveMember(body.Id, member.Name, from.AddDays(-1))));
                body.Members.Clear();
                body.Substitutes.Clear();
                var size = body.Kind == BodyKind.Fullmaktige ? 31 : body.Kind == BodyKind.Utskott ? 5 : 11;
                foreach (var person in People(size + size / 2))
                {
                    var substitute = body.Members.Count >= size;
                    (substitute ? body.Substitutes : body.Members).Add(person);
                    Decide<BodyState>(body.Id, s => BodyDecider.Decide(s,
                        new JoinMember(body.Id, person.Name, person.Party, body.Members.Count == 1 && !substitute ? "ordförande" : null, substitute, from)));
                }
            }
        }

        IEnumerable<Attendee> People(int count)
        {
            var seen = new HashSet<string>();
            while (seen.Count < count)
            {
                var person = $"{Pick(FirstNames)} {Pick(LastNames)}";
                if (seen.Count >= FirstNames.Length * LastNames.Length) person += $" {seen.Count}";
                if (seen.Add(person)) yield return new Attendee(person, Pick(Parties));
            }
        }

        static IEnumerable<DateOnly> MeetingDates(int year, int perYear)
        {
            // Spread over February–December around the summer break, always on a weekday.
            for (var i = 0; i < perYear; i++)
            {
                var date = new DateOnly(year, 2, 1).AddDays(i * 300 / perYear);
                if (date.Month == 7) date = date.AddDays(31);
                while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
                yield return date;
            }
        }

        void HoldMeeting(Body body, DateOnly date, Dictionary<string, int> paragraphNumbers)
        {
            var meetingId = StreamIds.Meeting(body.Id, date);
            if (streams.ContainsKey(meetingId)) return;
            var source = new Provenance($"{body.Abbreviation}-protokoll-{date:yyyy-MM-dd}.pdf");
            Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s,
                new HoldMeeting(body.Id, new MeetingDetails(date, new TimeOnly(9, 0), new TimeOnly(12 + random.Next(4), 0), "Regionhuset"), source)));
            // The reactions the host runs on a held meeting: the body's schedule, and the assignments due at it.
            Decide<BodyState>(body.Id, s => BodyDecider.Decide(s, new ScheduleMeeting(body.Id, date, date, source)));

            var serving = body.Members.Where(_ => random.NextDouble() > 0.1).ToList();
            if (serving.Count < 3) serving = body.Members;
            var substitutes = body.Substitutes.Take(2).ToList();
            Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s, new RecordAttendance(meetingId,
                new Attendance(serving, substitutes, [new Official($"{Pick(FirstNames)} {Pick(LastNames)}", "sekreterare")]), source)));

            var paragraphs = 8 + random.Next(body.Kind == BodyKind.Fullmaktige ? 30 : 20);
            var decisionIds = new List<string>();
            for (var i = 0; i < paragraphs; i++)
                decisionIds.Add(RecordParagraph(body, meetingId, date, ++paragraphNumbers[body.Id], serving, source, longCaseParagraph: i == 0));

            FollowUp(body, meetingId, date, decisionIds);

            var adjusted = date.AddDays(5 + random.Next(8));
            Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s,
                new AdjustMinutes(meetingId, serving.Take(2).Select(a => a.Name).ToList(), adjusted, date.AddDays(14), source)));
            Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s, new PostMinutes(meetingId, adjusted.AddDays(1), adjusted.AddDays(23), source)));
            if (random.NextDouble() < 0.005)
                Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s,
                    new CorrectMeeting(meetingId, s!.Details with { Place = "Regionens hus, sal B" }, "Fel lokal i protokollets huvud", adjusted.AddDays(3))));
        }

        string RecordParagraph(Body body, string meetingId, DateOnly date, int number, List<Attendee> serving, Provenance source, bool longCaseParagraph)
        {
            var topic = Pick(Topics);
            var caseNumber = longCaseParagraph ? longCase : CaseFor(date.Year, topic, body);
            var title = $"{char.ToUpperInvariant(topic[0])}{topic[1..]}";
            var paragraphSource = source with { Paragraph = $"§ {number}" };
            Decide<MeetingState>(meetingId, s => MeetingDecider.Decide(s, new RecordParagraph(meetingId, new Paragraph(number, title, caseNumber, []), paragraphSource)));

            var kind = random.NextDouble() switch
            {
                < 0.6 => DecisionKind.Decision,
                < 0.75 => body.Kind == BodyKind.Fullmaktige ? DecisionKind.Decision : DecisionKind.ProposalToOtherBody,
                < 0.95 => DecisionKind.Noted,
                < 0.98 => DecisionKind.SentBack,
                _ => DecisionKind.Postponed,
            };
            var assignments = kind == DecisionKind.Decision && random.NextDouble() < 0.3 ? 1 + random.Next(2) : 0;
            var clauses = new List<string> { $"{body.Name} beslutar att godkänna förslaget om {topic}." };
            for (var i = 0; i < assignments; i++)
                clauses.Add($"{Pick(Assignees)} får i uppdrag att återkomma med en redovisning om {topic} ({i + 1}).");
            if (kind is DecisionKind.Noted or DecisionKind.SentBack or DecisionKind.Postponed) clauses = kind == DecisionKind.Noted ? [$"Informationen om {topic} läggs till handlingarna."] : [];

            var voted = random.NextDouble() < 0.05;
            var details = new DecisionDetails(body.Id, date, number, title, caseNumber, kind, clauses,
                serving.Select(a => new Participant(a.Name, a.Party, a.ServesFor)).ToList(),
                random.NextDouble() < 0.15 ? [new Motion(Pick(serving).Name, "Bifall till arbetsutskottets förslag.")] : [],
                voted ? [new Vote(serving.Count - 3, 3, 0)] : [],
                voted ? [new Reservation([Pick(serving).Name], "Till förmån för eget yrkande.")] : [],
                [], random.NextDouble() < 0.03 ? ["Protokollsanteckning bifogas."] : []);
            var decisionId = StreamIds.Decision(meetingId, number);
            Decide<DecisionState>(decisionId, s => DecisionDecider.Decide(s, new TakeDecision(details, paragraphSource)));
            Decide<CaseState>(StreamIds.Case(caseNumber), s => CaseDecider.Decide(s,
                new RecordDecisionInCase(caseNumber, decisionId, body.Id, number, date, paragraphSource)));
            if (random.NextDouble() < 0.01 && kind is DecisionKind.Decision or DecisionKind.ProposalToOtherBody)
                Decide<DecisionState>(decisionId, s => DecisionDecider.Decide(s,
                    new CorrectDecision(decisionId, kind, [.. clauses.Select(c => c.Replace("godkänna", "bifalla"))], "Skrivfel i beslutssatsen", date.AddDays(20))));

            for (var clause = 2; clause <= assignments + 1; clause++) Give(body, decisionId, clause, caseNumber, topic, date, paragraphSource);
            return decisionId;
        }

        string CaseFor(int year, string topic, Body body)
        {
            if (openCases.Count > 0 && random.NextDouble() < 0.45) return openCases[random.Next(openCases.Count)];
            var caseNumber = OpenCase(year, topic, withDocument: true, body.Abbreviation);
            if (openCases.Count > 400) openCases.RemoveAt(0);
            return caseNumber;
        }

        string OpenCase(int year, string topic, bool withDocument, string abbreviation = "RS")
        {
            var caseNumber = $"{code}{abbreviation} {year}/{++caseSerial:0000}";
            var opened = new DateOnly(year, 1, 10);
            Decide<CaseState>(StreamIds.Case(caseNumber), s => CaseDecider.Decide(s, new OpenCase(caseNumber, $"Ärende om {topic}", opened)));
            if (withDocument && random.NextDouble() < 0.6)
                Decide<CaseState>(StreamIds.Case(caseNumber), s => CaseDecider.Decide(s, new FileDocument(caseNumber,
                    new DocumentDetails(DocumentKind.OfficialReport, opened.AddDays(random.Next(20)), $"Tjänsteskrivelse om {topic}", $"{Pick(FirstNames)} {Pick(LastNames)}",
                        [new Proposal($"Nämnden föreslås besluta att godkänna förslaget om {topic}.", [])], ["Regiondirektör", "ekonomidirektör"]))));
            openCases.Add(caseNumber);
            return caseNumber;
        }

        void Give(Body body, string decisionId, int clause, string caseNumber, string topic, DateOnly date, Provenance source)
        {
            var due = random.NextDouble() switch
            {
                < 0.4 => Due.NextMeeting(body.Id, "till nämndens nästa sammanträde"),
                < 0.7 => Due.OnDate(date.AddDays(60 + random.Next(150)), "senast angivet datum"),
                < 0.9 => Due.InMonth(date.AddMonths(4).Year, date.AddMonths(4).Month, "i angiven månad"),
                _ => Due.DuringYear(date.Year + 1, $"under {date.Year + 1}"),
            };
            var assignmentId = StreamIds.Assignment(decisionId, clause);
            Decide<AssignmentState>(assignmentId, s => AssignmentDecider.Decide(s,
                new GiveAssignment(decisionId, clause, body.Id, caseNumber, Pick(Assignees), $"Återkomma med en redovisning om {topic}", due, date, source)));
            pendingByBody[body.Id].Add(new Pending(assignmentId, date, due.Kind == DueKind.Meeting));
        }

        /// <summary>At each meeting, assignments given earlier by the body get their due meeting, report-backs, extensions and closings.</summary>
        void FollowUp(Body body, string meetingId, DateOnly date, List<string> decisionIds)
        {
            var pending = pendingByBody[body.Id];
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                var p = pending[i];
                if (p.GivenOn >= date) continue;
                if (p.WaitsForNextMeeting)
                {
                    Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s, new ResolveDue(p.AssignmentId, body.Id, date, date)));
                    pending[i] = p = p with { WaitsForNextMeeting = false };
                }
                // A few assignments are never reported on: the overdue report has something to find.
                if (random.NextDouble() < 0.6) continue;
                var roll = random.NextDouble();
                if (roll < 0.1)
                {
                    Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s,
                        new ChangeDeadline(p.AssignmentId, Due.OnDate(date.AddDays(90 + random.Next(90)), "tiden för uppdraget förlängs"), "Förlängd tid", Pick(decisionIds), date)));
                    continue;
                }
                if (roll < 0.12)
                {
                    Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s, new WithdrawAssignment(p.AssignmentId, "Uppdraget utgår", Pick(decisionIds), date)));
                    pending.RemoveAt(i);
                    continue;
                }
                if (roll < 0.13)
                    Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s,
                        new CorrectAssignment(p.AssignmentId, s!.Assignee, s.Task + " inklusive kostnader", s.Due, "Rättelse av uppdragets lydelse", date)));
                var complete = random.NextDouble() < 0.5;
                Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s, new ReceiveReportBack(p.AssignmentId,
                    new ReportBack(date, meetingId, complete ? ReportCompleteness.Complete : ReportCompleteness.Partial, complete ? "Slutredovisning" : "Aktuellt läge",
                        complete ? null : "Arbetet fortsätter till nästa sammanträde"))));
                if (!complete || random.NextDouble() < 0.15) continue;
                Decide<AssignmentState>(p.AssignmentId, s => AssignmentDecider.Decide(s, new CloseAssignment(p.AssignmentId, Pick(decisionIds), date)));
                pending.RemoveAt(i);
            }
        }

        void CollectFacts()
        {
            var facts = generator.Facts;
            facts.BodyIds.AddRange(bodies.Select(b => b.Id));
            facts.OpenAssignmentIds.AddRange(pendingByBody.Values.SelectMany(p => p).Select(p => p.AssignmentId)
                .Where(id => states[id] is AssignmentState { Status: AssignmentStatus.Given or AssignmentStatus.PartlyReported }));
            var longest = streams[StreamIds.Case(longCase)];
            if (longest.Events.Count > facts.LongestCaseEvents)
            {
                facts.LongestCaseNumber = longCase;
                facts.LongestCaseEvents = longest.Events.Count;
                var dates = longest.Events.OfType<IDomainEvent>().Select(e => e.OccurredOn).Order().ToList();
                facts.LongestCaseMiddle = dates[dates.Count / 2];
            }
        }

        void Decide<TState>(string streamId, Func<TState?, IReadOnlyList<object>> decide) where TState : class
        {
            var state = states.TryGetValue(streamId, out var known) ? (TState)known : null;
            var events = decide(state);
            if (events.Count == 0) return;
            if (!streams.TryGetValue(streamId, out var stream))
            {
                streams[streamId] = stream = new GeneratedStream(streamId, typeof(TState), []);
                order.Add(stream);
            }
            stream.Events.AddRange(events);
            eventCount += events.Count;
            states[streamId] = Evolve.Fold(state, events)!;
        }

        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }

    bool ReachedTarget(int regionEventsSoFar) => Facts.Events + regionEventsSoFar >= targetEvents;
}
