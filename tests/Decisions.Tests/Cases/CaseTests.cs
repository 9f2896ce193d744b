using System.Text.Json;
using CsCheck;
using Decisions.Cases;
using Decisions.Events;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Cases;

/// <summary>Facts from seed 002: the tjänsteskrivelse of 2023-05-04 in HSN/570/2023.</summary>
public class CaseTests
{
    static readonly DateOnly Written = new(2023, 5, 4);

    static readonly DocumentDetails Report = new(DocumentKind.OfficialReport, Written, "Åtgärder för ekonomi i balans", "Henrik Wahlström",
        [
            new("Hälso- och sjukvårdsnämnden godkänner redovisad rapport.", []),
            new("Regiondirektören får i uppdrag att vid nämndens sammanträde i juni redovisa uppdatering om hyroberoende.",
                [new("Regiondirektören", "redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende", "vid nämndens sammanträde i juni")]),
        ],
        ["Regiondirektör", "hälso- och sjukvårdsdirektör"]);

    static CaseState Opened() =>
        CaseState.Start((CaseOpened)CaseDecider.Decide(null, new OpenCase(" hsn/570/2023", "Åtgärder för ekonomi i balans", Written)).Single());

    [Fact]
    public void A_case_is_keyed_by_its_normalised_number()
    {
        var @case = Opened();
        @case.Id.ShouldBe("HSN/570/2023");
        @case.CaseNumber.ShouldBe("hsn/570/2023");
    }

    [Fact]
    public void Opening_a_case_again_adds_nothing_but_another_title_is_refused()
    {
        CaseDecider.Decide(Opened(), new OpenCase("HSN/570/2023", "Åtgärder för ekonomi i balans", Written)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => CaseDecider.Decide(Opened(), new OpenCase("HSN/570/2023", "Annat", Written)));
        Should.Throw<ValidationFailed>(() => CaseDecider.Decide(null, new OpenCase("", "", Written))).Errors.Keys.ShouldBe(["CaseNumber", "Title"], ignoreOrder: true);
    }

    [Fact]
    public void A_filed_document_keeps_its_proposals_and_recipients_and_is_not_a_decision()
    {
        var @case = Fold.Apply(Opened(), CaseDecider.Decide(Opened(), new FileDocument("HSN/570/2023", Report)));
        var filed = @case.Documents.Single();
        filed.DocumentId.ShouldBe("HSN/570/2023/officialreport/2023-05-04");
        filed.Details.Proposals[1].ProposedAssignments.Single().Assignee.ShouldBe("Regiondirektören");
        filed.Details.Recipients.Count.ShouldBe(2);
        @case.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void Filing_the_same_document_again_adds_nothing_but_a_differing_version_is_refused()
    {
        var @case = Fold.Apply(Opened(), CaseDecider.Decide(Opened(), new FileDocument("HSN/570/2023", Report)));
        CaseDecider.Decide(@case, new FileDocument("HSN/570/2023", Report with { Recipients = [.. Report.Recipients] })).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => CaseDecider.Decide(@case, new FileDocument("HSN/570/2023", Report with { Recipients = [] })));
    }

    [Fact]
    public void A_document_needs_a_title_and_every_proposal_its_text_assignee_and_task()
    {
        var bad = Report with { Title = "", Proposals = [new("", [new("", "x", null)])] };
        Should.Throw<ValidationFailed>(() => CaseDecider.Decide(Opened(), new FileDocument("HSN/570/2023", bad))).Errors.Keys
            .ShouldBe(["Document.Title", "Document.Proposals[0]", "Document.ProposedAssignments[0]"], ignoreOrder: true);
    }

    [Fact]
    public void A_decision_recorded_in_a_case_is_listed_once()
    {
        var record = new RecordDecisionInCase("HSN/570/2023", "hsn/2023-04-18/§46", "hsn", 46, new DateOnly(2023, 4, 18));
        var @case = Fold.Apply(Opened(), CaseDecider.Decide(Opened(), record));
        @case.Decisions.Single().ShouldBe(new CaseDecision("hsn/2023-04-18/§46", "hsn", 46, new DateOnly(2023, 4, 18)));
        CaseDecider.Decide(@case, record).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => CaseDecider.Decide(@case, record with { Paragraph = 45 }));
    }

    [Fact]
    public void A_document_for_a_case_that_does_not_exist_is_refused_naming_the_case_number() =>
        Should.Throw<ValidationFailed>(() => CaseDecider.Decide(null, new FileDocument("23rs9432", Report)))
            .Errors["CaseNumber"].ShouldHaveSingleItem().ShouldContain("ärendet 23RS9432 finns inte");

    [Fact]
    public void A_case_on_any_day_is_what_a_replay_of_the_events_that_had_happened_by_then_gives()
    {
        var gen = Gen.Select(Gen.Int[-30, 30], Gen.Int[-30, 30].Array[0, 6], Gen.Int[-30, 30].Array[0, 6], (opened, documents, decisions) =>
            decisions.Select((d, i) => (IDomainEvent)new DecisionRecordedInCase("HSN/570/2023", $"hsn/§{i}", "hsn", i, Written.AddDays(d)))
                .Concat(documents.Select((d, i) => new DocumentFiled("HSN/570/2023", $"tjs-{i}", Report with { Date = Written.AddDays(d) })))
                .Prepend(new CaseOpened("HSN/570/2023", "HSN/570/2023", "Åtgärder för ekonomi i balans", Written.AddDays(opened)))
                .ToArray());
        gen.Sample(history =>
        {
            var now = Evolve.Fold<CaseState>(null, history)!;
            foreach (var day in Enumerable.Range(-35, 70).Select(Written.AddDays))
                JsonSerializer.Serialize(now.On(day)).ShouldBe(
                    JsonSerializer.Serialize(Evolve.Fold<CaseState>(null, history.Where(e => e.OccurredOn <= day))), $"on {day:yyyy-MM-dd}");
        }, iter: 300);
    }
}
