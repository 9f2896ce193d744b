using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_attendance_reader
{
    [Theory]
    [InlineData("Anna Stark (M) ersätter Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) tjänstgör för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) tjg för Anna Nordqvist")]
    [InlineData("Anna Stark (M), tjänstgörande ersättare för Anna Nordqvist (M)")]
    public void Reads_who_an_ersattare_serves_for(string line)
    {
        var member = AttendanceReader.Serving(line, 1).People.ShouldHaveSingleItem();
        (member.Name, member.Party, member.ServesFor).ShouldBe(("Anna Stark", "M", "Anna Nordqvist"));
    }

    [Fact]
    public void Reads_a_role_in_brackets_or_after_a_comma() =>
        AttendanceReader.Serving("Johan Ek (M), 1:e vice ordförande", 1).People.Single().Role.ShouldBe("1:e vice ordförande");

    [Fact]
    public void Reads_several_substitutes_on_one_line() =>
        AttendanceReader.Substitutes("Eva Berg (S) Nils Dahl (C)", 1).People.Select(p => p.Name).ShouldBe(["Eva Berg", "Nils Dahl"]);

    [Fact]
    public void Reads_the_paragraphs_an_official_was_present_for()
    {
        var official = AttendanceReader.Others("Peter Hansson, ekonomichef §§26-28", 1).People.ShouldHaveSingleItem();
        (official.Name, official.Role).ShouldBe(("Peter Hansson", "ekonomichef"));
        official.Paragraphs.ShouldBe([26, 27, 28]);
    }

    [Fact]
    public void Ends_the_list_at_a_sentence() =>
        AttendanceReader.Others("Ordföranden hälsar alla välkomna.", 1).EndsList.ShouldBeTrue();

    [Fact]
    public void Warns_about_a_name_it_cannot_read() =>
        AttendanceReader.Serving("Ordföranden", 7).Warning.ShouldNotBeNull().Line.ShouldBe(7);
}
