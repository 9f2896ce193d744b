namespace Decisions.Import;

internal sealed record DecisionPhrasing(DecisionKind Kind, string Phrase);

/// <summary>
/// The words that make a clause something other than a plain decision (noted, sent back, postponed), and the
/// sentences minutes record as done at the meeting without "beslutar" (see <see cref="Phrases"/>).
/// </summary>
internal static class DecisionPhrasings
{
    /// <summary>Tried in the table's order at each place in a clause; the first word found decides the kind.</summary>
    public static readonly DecisionPhrasing[] Kinds =
    [
        new(DecisionKind.Noted, "till handlingarna"),
        new(DecisionKind.Noted, @"\bnoter(ar|as|a)\b"),
        new(DecisionKind.Noted, @"\btar del av\b"),
        new(DecisionKind.Noted, @"\btackar för (informationen|redovisningen|föredragningen)"),
        new(DecisionKind.Noted, @"\banteckna(r)? (informationen|redovisningen|rapporten|lägesrapporten)"),
        new(DecisionKind.Noted, @"\b(interpellationen|frågan) är (därmed )?besvarad"),
        new(DecisionKind.SentBack, "återremitt"),
        new(DecisionKind.SentBack, "återremiss"),
        new(DecisionKind.Postponed, "bordl[äa]gg"),
    ];

    /// <summary>What the minutes record as done at the meeting, in the present tense; history says "beslutade".</summary>
    public static readonly string[] DoneAtTheMeeting =
    [
        "informationen noteras",
        "noterar informationen",
        "tar del av informationen",
        @"(läggs|lägger \w+|lägga \w+) till handlingarna",
        "återremitteras",
        "återremitterar",
        "bordläggs",
        "bordlägger",
    ];

    /// <summary>
    /// The verb of a sentence that records a decision with what is decided as its subject ("Medborgarförslaget
    /// bifalls", "Eva Berg (M) utses att justera protokollet", "Uppdraget är därmed slutfört").
    /// </summary>
    public static readonly string[] DecidedPassive =
    [
        "utses", "utsågs", "väljs", "valdes", "godkänns", "fastställs", "bifalls", "avslås", "antas", "beviljas", "förklaras",
        "överlämnas", "underkänns", "antecknas", "lämnas ut", "förlängs", "läggs", "noteras", "återremitteras", "bordläggs",
        "uppdras", "avskrivs", "delegeras", "remitteras", "tillstyrks", "avstyrks", "anses", "tillförs", "finansieras",
        "kvarstår", "fortsätter", "löper vidare", "får i uppdrag", "ges i uppdrag", "får tas i anspråk",
        "ska (återkomma|återrapportera|redovisa|rapportera)",
        "är (därmed )?(besvarad|slutfört|slutförd|avslutat|återrapporterat|fullgjort|genomfört)",
    ];

    /// <summary>The verb a body decides with, the body first: "Kommunstyrelsen godkänner redovisningen".</summary>
    public static readonly string[] DecidedByBody =
    [
        "godkänner", "antar", "fastställer", "ger", "uppdrar", "lägger", "noterar", "bifaller", "avslår", "väljer", "utser",
        "beviljar", "överlämnar", "återremitterar", "bordlägger", "förklarar", "tillstyrker", "avstyrker", "anser", "antecknar",
        "delegerar", "remitterar", "tar del av", "ställer sig bakom", "tillför", "beslutar",
    ];

    /// <summary>A decision after one that sends the matter back, saying when it comes back: part of the återremiss.</summary>
    public static readonly string[] ComesBackAfterSentBack = ["(ska|skall) återkomma", "återkommer"];

    /// <summary>The last word of a line after which "att" goes on with the same clause rather than starting the next.</summary>
    public static readonly string[] WaitForAtt =
    [
        "uppdrag", "uppdraget", "uppdras", "utses", "väljs", "lovar", "beslutar", "föreslår",
        "för", "om", "till", "med", "av", "på", "genom", "utan", "än",
    ];

    /// <summary>Words before the verb that make the sentence a report of what someone moved or found, not a decision.</summary>
    public static readonly string[] NotDecidedBefore =
    [
        "att", "som", "om", "när", "eftersom", "innan", "sedan", "yrkar", "yrkade", "föreslår", "föreslog", "finner", "begär",
        "anser", "menar", "kommer", "bör", "kan",
    ];
}
