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
        new(DecisionKind.Noted, @"\bantecknar\b"),
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
}
