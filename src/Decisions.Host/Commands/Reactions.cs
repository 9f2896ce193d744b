namespace Decisions.Commands;

/// <summary>The rules that follow events into other streams, in one place so every way in (HTTP, import, tools) applies all of them.</summary>
public static class Reactions
{
    public static IReaction[] All() =>
        [new Meetings.MeetingSchedule(), new Assignments.DueResolution(), new Cases.CaseFiling(), new Assignments.CitationLinking(), new Decisions.DecisionSecrecy()];

    public static void AddReactions(this IServiceCollection services)
    {
        foreach (var reaction in All()) services.AddSingleton(reaction);
    }
}
