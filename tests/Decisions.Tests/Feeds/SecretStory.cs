using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Feeds;

/// <summary>
/// The story with § 45 of HSN and the assignment it gave under sekretess, and an AU assignment due far in the future:
/// what feeds and exports must leave out, and an overdue day that has not come.
/// </summary>
public class SecretStory : StoryApp
{
    public const string FutureTask = "redovisa en plan för år 2099";
    public static readonly string Au8 = StreamIds.Decision(StreamIds.Meeting(Au, AuApril9), 8);
    public static readonly string FutureAssignment = StreamIds.Assignment(Au8, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = "registrator";
        session.Events.Append(D45, new DecisionMarkedConfidential(D45, "OSL 21 kap. 1 §", new(2024, 2, 15)));
        session.Events.Append(A45, new AssignmentMarkedConfidential(A45, "OSL 21 kap. 1 §", new(2024, 2, 15)));
        var meeting = StreamIds.Meeting(Au, AuApril9);
        session.Events.StartStream(Au8, new DecisionTaken(Au8, meeting, new DecisionDetails(Au, AuApril9, 8, "Långsiktig plan", null, DecisionKind.Decision,
            [$"Förvaltningen får i uppdrag att {FutureTask}."], [], [], [], [], [], [])));
        session.Events.StartStream(FutureAssignment, new AssignmentGiven(FutureAssignment, Au8, Au, null, "förvaltningen", FutureTask,
            Due.OnDate(new DateOnly(2099, 12, 31), "senast den 31 december 2099"), AuApril9));
        await session.SaveChangesAsync();
    }
}
