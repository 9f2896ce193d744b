using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Import;
using Decisions.Tests.Infrastructure;
using Marten;

namespace Decisions.Tests.Import;

/// <summary>
/// The same documents, imported in random orders, give the same register: every read model, and the same set of
/// events (ids, recording times and order aside). The orders are drawn by CsCheck; a failure prints its seed.
/// </summary>
public partial class ArrivalOrderTests
{
    static readonly ImportOverrides ForTheBoardExtract = new("Regionstyrelsens arbetsutskott", new DateOnly(2024, 2, 13), "12");

    [Fact]
    public async Task Every_order_of_the_fixtures_gives_the_same_read_models_and_the_same_set_of_events()
    {
        var documents = Fixture.All;
        var previews = documents.ToDictionary(d => d, Fixture.Preview);
        var baseline = await Imported("orderbase", documents, previews);
        baseline.Models.Count.ShouldBeGreaterThan(50);
        var run = 0;

        await Gen.Int.Array[documents.Length].Select(keys => documents.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray())
            .SampleAsync(async order =>
            {
                var other = await Imported($"order{run++}", order, previews);
                other.Models.ShouldBe(baseline.Models, $"read models after {string.Join(", ", order)}");
                var (only, missing) = (other.Events.Except(baseline.Events).ToList(), baseline.Events.Except(other.Events).ToList());
                (only.Count + missing.Count).ShouldBe(0, $"after {string.Join(", ", order)}: only here {string.Join("\n", only)}\nonly in the first {string.Join("\n", missing)}");
                other.Events.Count.ShouldBe(baseline.Events.Count);
            }, iter: 6, threads: 1);
    }

    sealed record Register_(SortedDictionary<string, string> Models, IReadOnlyList<string> Events);

    static async Task<Register_> Imported(string name, IReadOnlyList<string> order, IReadOnlyDictionary<string, DocumentPreview> previews)
    {
        await using var register = await Register.CreateAsync(name);
        foreach (var document in order)
            await register.Import(previews[document], document == Fixture.BoardAuExtract ? ForTheBoardExtract : null);

        var models = await register.Snapshot();
        await using var session = register.Store.QuerySession();
        foreach (var record in await session.Query<DecisionRecord>().ToListAsync())
            models[$"DecisionRecord:{record.Id}"] = WithoutRecording(JsonSerializer.Serialize(record));
        foreach (var history in await session.Query<AssignmentHistory>().ToListAsync())
        {
            // The events may stand in another order on their stream; what they make of the assignment may not differ.
            var story = history.Read();
            models[$"AssignmentHistory:{history.Id}"] = JsonSerializer.Serialize(history with { Changes = [] })
                + JsonSerializer.Serialize(new { story.State, story.Timeline, story.Overdue })
                + string.Join("\n", story.Entries.Select(e => WithoutRecording(JsonSerializer.Serialize(e))).Order(StringComparer.Ordinal));
        }
        foreach (var streams in await session.Query<CaseStreams>().ToListAsync())
            models[$"CaseStreams:{streams.Id}"] = string.Join(",", streams.Streams.Order(StringComparer.Ordinal));

        var events = await session.Events.QueryAllRawEvents().ToListAsync();
        return new(models, [.. events.Select(e => $"{e.StreamKey} {e.Data.GetType().Name} {JsonSerializer.Serialize(Comparable(e.Data), e.Data.GetType())}").Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A body is registered by the first document that names it, on that document's date: when the register learned of
    /// it, which no fact of the body depends on (its state has no date). That alone may differ with the order.
    /// </summary>
    static object Comparable(object data) => data is BodyRegistered b ? b with { OccurredOn = default, Source = null } : data;

    /// <summary>When and by whom a fact was recorded is the one thing that rightly differs between two imports.</summary>
    static string WithoutRecording(string json) => RecordedFields().Replace(json, "");

    [GeneratedRegex("\"Recorded(At|By)\":(\"[^\"]*\"|null),?")]
    private static partial Regex RecordedFields();
}
