using System.Text.RegularExpressions;

namespace Decisions.Bodies;

/// <summary>What a body's Swedish name says about it: its kind, and for a committee, the body it works under.</summary>
public static partial class BodyNames
{
    public static BodyKind KindOf(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("utskott") => BodyKind.Utskott,
        var n when n.Contains("beredning") => BodyKind.Beredning,
        var n when n.Contains("fullmäktige") => BodyKind.Fullmaktige,
        var n when n.Contains("styrelse") => BodyKind.Styrelse,
        _ => BodyKind.Namnd,
    };

    /// <summary>"Hälso- och sjukvårdsnämndens arbetsutskott" works under "Hälso- och sjukvårdsnämnden".</summary>
    public static string? ParentOf(string name) =>
        CommitteeOf().Match(name.Trim()) is { Success: true } m ? m.Groups["parent"].Value : null;

    [GeneratedRegex(@"^(?<parent>.+?)s\s+(?:arbets)?(?:utskott|beredning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeOf();
}
