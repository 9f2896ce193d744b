namespace Decisions.Assignments;

/// <summary>
/// The Swedish words for an assignment's status and light, shared by pages, lists and exports so that a light is
/// always told in words as well as in colour (a reader who cannot tell red from green, a printout in grey).
/// </summary>
public static class StatusWords
{
    public static string Status(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Given => "Givet",
        AssignmentStatus.PartlyReported => "Delrapporterat",
        AssignmentStatus.Reported => "Återrapporterat",
        AssignmentStatus.Closed => "Avslutat",
        AssignmentStatus.Withdrawn => "Återkallat",
        AssignmentStatus.Merged => "Sammanslaget",
        _ => status.ToString(),
    };

    public static string Colour(LightColour colour) => colour switch
    {
        LightColour.Green => "Grön",
        LightColour.Yellow => "Gul",
        LightColour.Red => "Röd",
        _ => colour.ToString(),
    };

    public static string Cause(LightCause cause) => cause switch
    {
        LightCause.OnTime => "i tid",
        LightCause.Reported => "återrapporterat, väntar på beslut",
        LightCause.DueSoon => "förfaller snart",
        LightCause.Extended => "tiden förlängd",
        LightCause.PartlyReported => "delrapport, fortsätter",
        LightCause.Overdue => "försenat",
        _ => cause.ToString(),
    };

    /// <summary>"Gul – tiden förlängd".</summary>
    public static string Light(StatusLight light) => $"{Colour(light.Colour)} – {Cause(light.Cause)}";
}
