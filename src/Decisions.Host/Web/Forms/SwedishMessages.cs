using System.Text.RegularExpressions;

namespace Decisions.Web.Forms;

/// <summary>
/// The domain refuses in English, for the API and the log; a person at a form reads Swedish. Words are kept as
/// tables: a message the tables do not know is shown as the domain wrote it rather than hidden.
/// </summary>
public static partial class SwedishMessages
{
    static readonly Dictionary<string, string> FieldMessages = new()
    {
        ["is required"] = "måste fyllas i",
        ["is before the assignment was given"] = "är före den dag uppdraget gavs",
        ["a decision needs at least one clause"] = "ett beslut behöver minst en att-sats",
        ["must not be blank"] = "får inte vara tom",
        ["is not after the start time"] = "är inte efter starttiden",
        ["an assignment cannot be merged into itself"] = "ett uppdrag kan inte slås samman med sig självt",
        ["a date due needs its date"] = "ange ett datum",
        ["a meeting due names the body"] = "ange vilket organs sammanträde som avses",
        ["is before the due date"] = "är före förfallodagen",
        ["needs a name"] = "behöver ett namn",
        ["cannot serve for themself"] = "kan inte ersätta sig själv",
        ["not found"] = "finns inte i registret",
    };

    /// <summary>The domain's field names, as the labels a person saw.</summary>
    static readonly Dictionary<string, string> Labels = new()
    {
        ["Reason"] = "Skäl", ["Assignee"] = "Uppdragstagare", ["Task"] = "Uppdrag", ["Due"] = "Förfaller",
        ["Report.At"] = "Sammanträde", ["Report.On"] = "Datum", ["AcceptingDecisionId"] = "Beslut", ["IntoAssignmentId"] = "Uppdrag att slå samman med",
        ["Clauses"] = "Att-satser", ["Details.End"] = "Sluttid", ["Details.Place"] = "Plats", ["Attendance"] = "Närvaro",
        ["Decision"] = "Beslutet", ["Assignment"] = "Uppdraget", ["Meeting"] = "Sammanträdet",
    };

    static readonly (Regex Pattern, string Swedish)[] Refusals =
    [
        (CannotCloseWithoutReport(), "Uppdraget kan inte avslutas innan det har kommit en återrapportering."),
        (AlreadyClosed(), "Uppdraget är redan avslutat genom ett annat beslut."),
        (Finished(), "Uppdraget är avslutat, återkallat eller sammanslaget och kan inte ändras så."),
        (NothingChanged(), "En rättelse måste ändra något: inget av fälten skiljer sig från det som är registrerat."),
        (OtherFacts(), "Det finns redan en uppgift med andra fakta; registrera en rättelse i stället."),
    ];

    public static string Field(string message) => FieldMessages.GetValueOrDefault(message, message);

    public static string Label(string key)
    {
        var field = key.Split('[')[0];
        return Labels.GetValueOrDefault(field, Labels.GetValueOrDefault(field.Split('.')[0], key));
    }

    public static string Refusal(string message) =>
        Refusals.FirstOrDefault(r => r.Pattern.IsMatch(message)).Swedish ?? message;

    [GeneratedRegex("cannot be closed without a report-back")]
    private static partial Regex CannotCloseWithoutReport();

    [GeneratedRegex("was already closed by")]
    private static partial Regex AlreadyClosed();

    [GeneratedRegex(@"is (closed|withdrawn|merged into .*) and cannot")]
    private static partial Regex Finished();

    [GeneratedRegex("A correction must change something")]
    private static partial Regex NothingChanged();

    [GeneratedRegex("already recorded with other facts")]
    private static partial Regex OtherFacts();
}
