namespace Decisions.Import;

/// <summary>
/// How a § says it reports on earlier work (see <see cref="Phrases"/>): in full, so the assignment closes, or in
/// part, so it stays open; and how it moves an assignment's time.
/// </summary>
internal static class ReportPhrasings
{
    public static readonly string[] Completes =
    [
        // Not "godkänna redovisningen av delgivningar": a list of what came in reports on no assignment.
        "godkänn(er|a) (den )?(redovisningen|redovisningarna|redovisad rapport|rapporten|återrapporten|återrapporteringen|slutrapporten)(?! av (delgivningar|delegationsbeslut|meddelanden|anmälningsärenden|inkomna))",
        "(redovisningen|återrapporteringen|slutrapporten) godkänns",
        "uppdrag(et|en)? (därmed )?(är|anses|förklaras) (därmed )?(slutfört|slutförda|slutförd|återrapporterat|återrapporterade|avslutat|avslutade|fullgjort|genomfört|besvarat)",
        "förklara(r)? uppdraget (slutfört|avslutat|fullgjort)",
    ];

    public static readonly string[] Partial =
    [
        "aktuellt läge",
        "lägesrapport",
        "delrapport",
        "lägesbeskrivning",
        "delredovisning(en)?",
        "delåterrapport(en|ering|eringen)?",
        "uppdraget kvarstår",
    ];

    /// <summary>Noting what was told is a partial report only in a § about an assignment; else it is just information.</summary>
    public static readonly string[] PartialIfAboutAssignment =
    [
        "informationen noteras",
        "noterar informationen",
        "lägg(a|er) (informationen|redovisningen|delrapporten|lägesrapporten) till handlingarna",
        "tar del av (informationen|redovisningen)",
    ];

    /// <summary>The new time follows the words: "Tiden för uppdraget förlängs till 2025-11-30".</summary>
    public static readonly string[] Extends =
    [
        @"(tiden|tidpunkten|slutdatum(et)?|datumet) för (uppdraget|uppdragets \w+|återrapporteringen|redovisningen|återrapportering) (förlängs|ändras|flyttas|senareläggs)",
        "förläng(er|a|s) (tiden för )?(uppdraget|återrapporteringen|redovisningen)",
        "redovisningstiden förlängs",
    ];
}
