using System.Diagnostics;
using System.Text;
using CsCheck;
using Decisions.Import;

namespace Decisions.Tests.Import;

public class The_parser_on_damaged_input
{
    static readonly string[][] Documents = Fixture.All.Select(n => Fixture.Text(n).Split('\n')).ToArray();

    /// <summary>Words the parser keys on, so mutations reach its branches and not only its fallbacks.</summary>
    static readonly string[] Tokens =
        ["§ ", "§§", "att ", "beslutar", "föreslår att", "får i uppdrag att", "ges ", "(S)", "ersätter", "2023-", "den 31 ",
         "sammanträde i ", "Beslut", "Förslag till beslut", "Organ", "Tid", "\f", "(", ")", "-", "/", ":", "\t", "\u00A0", "**", "#"];

    enum Mutation { Delete, Duplicate, Swap, InsertChar, InsertToken, Truncate }

    readonly record struct Edit(Mutation Kind, int A, int B, char Char);

    static readonly Gen<Edit> GenEdit = Gen.Select(Gen.Enum<Mutation>(), Gen.Int[0, 100_000], Gen.Int[0, 100_000], Gen.Char,
        (kind, a, b, c) => new Edit(kind, a, b, c));

    static string Apply(int document, Edit[] edits)
    {
        var lines = Documents[document].ToList();
        foreach (var edit in edits)
        {
            if (lines.Count == 0) break;
            int a = edit.A % lines.Count, b = edit.B % lines.Count;
            switch (edit.Kind)
            {
                case Mutation.Delete: lines.RemoveAt(a); break;
                case Mutation.Duplicate: lines.Insert(b, lines[a]); break;
                case Mutation.Swap: (lines[a], lines[b]) = (lines[b], lines[a]); break;
                case Mutation.InsertChar: lines[a] = lines[a].Insert(edit.B % (lines[a].Length + 1), edit.Char.ToString()); break;
                case Mutation.InsertToken: lines[a] = lines[a].Insert(edit.B % (lines[a].Length + 1), Tokens[edit.B % Tokens.Length]); break;
                case Mutation.Truncate: lines = lines.Take(a + 1).ToList(); lines[^1] = lines[^1][..(edit.B % (lines[^1].Length + 1))]; break;
            }
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Never_throws_and_never_fails_inside_on_mutated_fixtures() =>
        Gen.Select(Gen.Int[0, Documents.Length - 1], GenEdit.Array[1, 12])
            .Sample((document, edits) =>
            {
                var preview = ProtocolParser.Parse(Apply(document, edits), "mutant.txt");
                preview.Warnings.ShouldNotContain(w => w.Message.StartsWith(ProtocolParser.InternalError));
                PreviewJson.ToJson(preview).ShouldNotBeEmpty();
            }, iter: 600);

    [Fact]
    public void Never_throws_on_random_text() =>
        Gen.String.Sample(text => ProtocolParser.Parse(text, "random.txt").Warnings
            .ShouldNotContain(w => w.Message.StartsWith(ProtocolParser.InternalError)), iter: 500);

    [Fact]
    public void Refuses_text_with_no_lines_at_all()
    {
        var preview = ProtocolParser.Parse("", "empty.txt");
        preview.Refusal.ShouldNotBeNull();
        preview.Paragraphs.ShouldBeEmpty();
    }
}

/// <summary>Timing compares two runs of one process, so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public class RunsAlone;

[Collection(nameof(RunsAlone))]
public class The_parser_on_large_input
{
    static readonly string Minutes = string.Join("\n\n", Fixture.All.Select(Fixture.Text));

    /// <summary>
    /// Linear work shows as a constant time per character. Each size is timed best-of-three after a warm-up, and
    /// 8x the input may take up to 30x the time, so only super-linear growth fails. The time is the parsing
    /// thread's own CPU time where Linux reports it, so other work on the machine cannot make the check fail.
    /// </summary>
    static void ShouldScaleLinearly(Func<int, string> input)
    {
        string small = input(1), large = input(8);
        double Best(string text)
        {
            ProtocolParser.Parse(text, "warm-up");
            return Enumerable.Range(0, 3).Min(_ =>
            {
                var (cpu, clock) = (ThreadCpuMilliseconds(), Stopwatch.StartNew());
                ProtocolParser.Parse(text, "timed");
                return ThreadCpuMilliseconds() is { } after && cpu is { } before ? after - before : clock.Elapsed.TotalMilliseconds;
            });
        }
        var (smallTime, largeTime) = (Best(small), Best(large));
        largeTime.ShouldBeLessThan(30 * Math.Max(smallTime, 1.0), $"{small.Length} chars: {smallTime:0.0} ms, {large.Length} chars: {largeTime:0.0} ms");
    }

    /// <summary>Nanoseconds this thread has run on a CPU (the first field of schedstat); null off Linux.</summary>
    static double? ThreadCpuMilliseconds() =>
        File.Exists("/proc/thread-self/schedstat")
            ? long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1e6
            : null;

    [Fact]
    public void Takes_time_in_proportion_to_the_number_of_paragraphs() =>
        ShouldScaleLinearly(factor => string.Concat(Enumerable.Repeat(Minutes + "\n\n", 5 * factor)));

    [Fact]
    public void Takes_time_in_proportion_to_the_length_of_one_unbroken_line()
    {
        // Phrases that open lazy searches, repeated without a sentence end, are where a backtracking regex would blow up.
        const string phrase = "ge förvaltningen och nämnden i till vid sammanträde beslutar föreslår att Anna Ek (S) reserverar 8 ja ";
        ShouldScaleLinearly(factor => "Beslut\n" + new StringBuilder().Insert(0, phrase, 400 * factor));
    }
}
