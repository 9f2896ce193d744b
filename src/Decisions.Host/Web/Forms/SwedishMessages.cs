namespace Decisions.Web.Forms;

/// <summary>
/// The domain names a bad field by its member ("Report.On") and already says what is wrong in Swedish; a person at a
/// form reads the label they filled in. A key the table does not know is shown as the domain wrote it rather than hidden.
/// </summary>
public static class SwedishMessages
{
    /// <summary>The domain's field names, as the labels a person saw.</summary>
    static readonly Dictionary<string, string> Labels = new()
    {
        ["Reason"] = "Skäl", ["Assignee"] = "Uppdragstagare", ["Task"] = "Uppdrag", ["Due"] = "Förfaller",
        ["Report.At"] = "Sammanträde", ["Report.On"] = "Datum", ["AcceptingDecisionId"] = "Beslut", ["IntoAssignmentId"] = "Uppdrag att slå samman med",
        ["Clauses"] = "Att-satser", ["Details.End"] = "Sluttid", ["Details.Place"] = "Plats", ["Attendance"] = "Närvaro",
        ["Decision"] = "Beslutet", ["Assignment"] = "Uppdraget", ["Meeting"] = "Sammanträdet",
    };

    public static string Label(string key)
    {
        var field = key.Split('[')[0];
        return Labels.GetValueOrDefault(field, Labels.GetValueOrDefault(field.Split('.')[0], key));
    }
}
