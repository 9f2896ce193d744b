using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// The "ekonomi i balans" thread of DOMAIN.md as events with their business dates: HSN gives two
/// assignments on 2023-04-18, approves the report on 2023-05-16 and gives four new ones (June, September
/// twice, October); June is reported, one September report is only partial, October never comes; the AU
/// gives the administration an assignment on 2023-11-29 that is due at its next meeting, 2024-04-09.
/// </summary>
public static class EconomyStory
{
    public const string Importer = "import";
    public const string Case570 = "HSN/570/2023";
    public const string Case5 = "HSN/5/2023";
    public const string Director = "Regiondirektören";

    public static readonly string Hsn = StreamIds.Body("Hälso- och sjukvårdsnämnden");
    public static readonly string Au = StreamIds.Body("Hälso- och sjukvårdsnämndens arbetsutskott");

    public static readonly DateOnly April18 = new(2023, 4, 18), ReportDate = new(2023, 5, 4), May16 = new(2023, 5, 16),
        June13 = new(2023, 6, 13), September19 = new(2023, 9, 19), AuNovember29 = new(2023, 11, 29), AuApril9 = new(2024, 4, 9);

    public static readonly string Meeting0516 = StreamIds.Meeting(Hsn, May16);
    public static readonly string D45 = StreamIds.Decision(StreamIds.Meeting(Hsn, April18), 45);
    public static readonly string D46 = StreamIds.Decision(StreamIds.Meeting(Hsn, April18), 46);
    public static readonly string D60 = StreamIds.Decision(Meeting0516, 60);
    public static readonly string D70 = StreamIds.Decision(StreamIds.Meeting(Hsn, June13), 70);
    public static readonly string D90 = StreamIds.Decision(StreamIds.Meeting(Hsn, September19), 90);
    public static readonly string Au28 = StreamIds.Decision(StreamIds.Meeting(Au, AuNovember29), 28);
    public static readonly string Au7 = StreamIds.Decision(StreamIds.Meeting(Au, AuApril9), 7);

    public static readonly string A45 = StreamIds.Assignment(D45, 1);
    public static readonly string A46 = StreamIds.Assignment(D46, 1);
    public static readonly string SeptemberResults = StreamIds.Assignment(D60, 2);
    public static readonly string June = StreamIds.Assignment(D60, 3);
    public static readonly string SeptemberStaff = StreamIds.Assignment(D60, 4);
    public static readonly string October = StreamIds.Assignment(D60, 5);
    public static readonly string AuPlan = StreamIds.Assignment(Au28, 1);

    public const string CostCuttingClause = "Regiondirektören får i uppdrag att till nämndens nästa sammanträde identifiera möjliga kostnadsminskningar inom hälso- och sjukvården.";
    public const string Substitute = "Anna Stark";
    public const string SubstitutedMember = "Lars Berg";

    static readonly string ReportDocument = StreamIds.Document(Case570, DocumentKind.OfficialReport, ReportDate);

    public static async Task AppendAsync(IDocumentStore store)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = Importer;
        var events = session.Events;

        events.StartStream(Hsn, new BodyRegistered(Hsn, "Hälso- och sjukvårdsnämnden", BodyKind.Namnd, null, new(2023, 1, 1)));
        events.StartStream(Au, new BodyRegistered(Au, "Hälso- och sjukvårdsnämndens arbetsutskott", BodyKind.Utskott, Hsn, new(2023, 1, 1)));
        foreach (var (body, date) in new[] { (Hsn, April18), (Hsn, May16), (Hsn, June13), (Hsn, September19), (Au, AuNovember29), (Au, AuApril9) })
            events.StartStream(StreamIds.Meeting(body, date), new MeetingHeld(StreamIds.Meeting(body, date), body, new MeetingDetails(date, new(13, 0), new(16, 0), "Regionens hus")));
        events.Append(Meeting0516,
            new MinutesAdjusted(Meeting0516, ["Anna Nordqvist"], new(2023, 5, 30), new(2023, 5, 22)),
            new MinutesPosted(Meeting0516, new(2023, 6, 14), new(2023, 5, 23)));

        events.StartStream(StreamIds.Case(Case5), new CaseOpened(StreamIds.Case(Case5), Case5, "Månadsrapport per mars 2023", April18),
            new DecisionRecordedInCase(StreamIds.Case(Case5), D45, Hsn, 45, April18));
        events.StartStream(StreamIds.Case(Case570), new CaseOpened(StreamIds.Case(Case570), Case570, "Åtgärder för ekonomi i balans", April18),
            new DecisionRecordedInCase(StreamIds.Case(Case570), D46, Hsn, 46, April18),
            new DocumentFiled(StreamIds.Case(Case570), ReportDocument,
                new DocumentDetails(DocumentKind.OfficialReport, ReportDate, "Åtgärder för ekonomi i balans", "Henrik Wahlström", [], ["Regiondirektören"])),
            new DecisionRecordedInCase(StreamIds.Case(Case570), D60, Hsn, 60, May16),
            new DecisionRecordedInCase(StreamIds.Case(Case570), D70, Hsn, 70, June13),
            new DecisionRecordedInCase(StreamIds.Case(Case570), D90, Hsn, 90, September19));

        Decide(events, Hsn, April18, 45, "Månadsrapport per mars 2023", Case5, [CostCuttingClause]);
        Decide(events, Hsn, April18, 46, "Åtgärder för att nå en ekonomi i balans", Case570, [CostCuttingClause + " I uppdraget ingår en översyn av behovet av inhyrd personal."]);
        Decide(events, Hsn, May16, 60, "Åtgärder för ekonomi i balans", Case570, [
            "Hälso- och sjukvårdsnämnden godkänner redovisad rapport.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i september redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i juni redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i september redovisa uppdatering om befintliga personalresurser, personalomsättning och det pågående arbetet för att uppnå hyroberoende.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i oktober redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans.",
        ], new Participant(Substitute, "M", SubstitutedMember));
        Decide(events, Hsn, June13, 70, "Uppdatering om arbetet för att uppnå hyroberoende", Case570, ["Hälso- och sjukvårdsnämnden godkänner redovisningen."]);
        Decide(events, Hsn, September19, 90, "Uppföljning av resultatförbättrande åtgärder", Case570, ["Hälso- och sjukvårdsnämnden godkänner redovisningen."]);
        Decide(events, Au, AuNovember29, 28, "Information - Handlingsplaner för ekonomi i balans, aktuellt läge", null,
            ["Förvaltningen ges i uppdrag att till nästkommande sammanträde återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024."]);
        Decide(events, Au, AuApril9, 7, "Information - Handlingsplaner för ekonomi i balans, aktuellt läge", null, ["Informationen läggs till handlingarna."], kind: DecisionKind.Noted);

        const string nextMeeting = "till nämndens nästa sammanträde";
        Give(events, D45, 1, Hsn, Case5, "identifiera möjliga kostnadsminskningar inom hälso- och sjukvården", Due.NextMeeting(Hsn, nextMeeting), April18,
            Resolved(Hsn, May16), Reported(ReportDate, ReportDocument, ReportCompleteness.Complete, "Rapport med identifierade kostnadsminskningar"), Closed(D60, May16));
        Give(events, D46, 1, Hsn, Case570, "identifiera möjliga kostnadsminskningar och se över behovet av inhyrd personal", Due.NextMeeting(Hsn, nextMeeting), April18,
            Resolved(Hsn, May16), Reported(ReportDate, ReportDocument, ReportCompleteness.Complete, "Rapport med identifierade kostnadsminskningar"), Closed(D60, May16));
        Give(events, D60, 2, Hsn, Case570, "redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet", Due.MeetingInMonth(Hsn, 9, May16, "vid nämndens sammanträde i september"), May16,
            Resolved(Hsn, September19), Reported(September19, StreamIds.Meeting(Hsn, September19), ReportCompleteness.Complete, "Uppföljning utifrån delårsbokslutet"), Closed(D90, September19));
        Give(events, D60, 3, Hsn, Case570, "redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende", Due.MeetingInMonth(Hsn, 6, May16, "vid nämndens sammanträde i juni"), May16,
            Resolved(Hsn, June13), Reported(June13, StreamIds.Meeting(Hsn, June13), ReportCompleteness.Complete, "Uppdatering om hyroberoende"), Closed(D70, June13));
        Give(events, D60, 4, Hsn, Case570, "redovisa uppdatering om befintliga personalresurser och personalomsättning", Due.MeetingInMonth(Hsn, 9, May16, "vid nämndens sammanträde i september"), May16,
            Resolved(Hsn, September19), Reported(September19, StreamIds.Meeting(Hsn, September19), ReportCompleteness.Partial, "Aktuellt läge: personalomsättningen"));
        Give(events, D60, 5, Hsn, Case570, "redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans", Due.MeetingInMonth(Hsn, 10, May16, "vid nämndens sammanträde i oktober"), May16);
        Give(events, Au28, 1, Au, null, "återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024", Due.NextMeeting(Au, "till nästkommande sammanträde"), AuNovember29,
            Resolved(Au, AuApril9), Reported(AuApril9, StreamIds.Meeting(Au, AuApril9), ReportCompleteness.Complete, "Plan för handlingsplanerna 2024"));

        await session.SaveChangesAsync();
    }

    static void Decide(Marten.Events.IEventStoreOperations events, string body, DateOnly date, int paragraph, string title, string? caseNumber,
        IReadOnlyList<string> clauses, Participant? substitute = null, DecisionKind kind = DecisionKind.Decision)
    {
        Participant[] participants = [new("Anna Nordqvist", "M"), new("Per Lindahl", "S"), .. substitute is null ? [] : new[] { substitute }];
        var details = new DecisionDetails(body, date, paragraph, title, caseNumber, kind, clauses, participants, [], [], [], [], []);
        var meetingId = StreamIds.Meeting(body, date);
        events.StartStream(StreamIds.Decision(meetingId, paragraph), new DecisionTaken(StreamIds.Decision(meetingId, paragraph), meetingId, details));
    }

    static void Give(Marten.Events.IEventStoreOperations events, string decisionId, int clause, string body, string? caseNumber, string task, Due due, DateOnly givenOn,
        params Func<string, object>[] then)
    {
        var id = StreamIds.Assignment(decisionId, clause);
        events.StartStream(id, [new AssignmentGiven(id, decisionId, body, caseNumber, body == Au ? "förvaltningen" : Director, task, due, givenOn), .. then.Select(t => t(id))]);
    }

    static Func<string, object> Resolved(string body, DateOnly meeting) => id => new DueResolved(id, StreamIds.Meeting(body, meeting), meeting, meeting);

    static Func<string, object> Reported(DateOnly on, string at, ReportCompleteness completeness, string summary) =>
        id => new ReportBackReceived(id, new ReportBack(on, at, completeness, summary));

    static Func<string, object> Closed(string decisionId, DateOnly on) => id => new AssignmentClosed(id, decisionId, on);
}

/// <summary>The host over a database that already holds the story.</summary>
public class StoryApp : DecisionsApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await EconomyStory.AppendAsync(Services.GetRequiredService<IDocumentStore>());
    }
}
