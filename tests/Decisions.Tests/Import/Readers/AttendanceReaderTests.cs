using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_attendance_reader
{
    static AttendanceLine Read(HeadField list, string text, AttendanceState? state = null) =>
        AttendanceReader.Read(state ?? new AttendanceState(list), text, 1, more: false);

    static AttendanceLine Serving(string text) => Read(HeadField.Serving, text);

    static AttendanceLine Others(string text) => Read(HeadField.Others, text);

    [Theory]
    [InlineData("Anna Stark (M) ersätter Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) tjänstgör för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) tjg för Anna Nordqvist")]
    [InlineData("Anna Stark (M), tjänstgörande ersättare för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M) tjg ers för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M), ers. för Anna Nordqvist (M)")]
    [InlineData("Anna Stark (M), tgj ers för Anna Nordqvist (M)")]
    public void Reads_who_an_ersattare_serves_for(string line)
    {
        var member = Serving(line).Serving.ShouldHaveSingleItem();
        (member.Name, member.Party, member.ServesFor).ShouldBe(("Anna Stark", "M", "Anna Nordqvist"));
    }

    [Fact]
    public void Reads_a_role_in_brackets_or_after_a_comma() =>
        Serving("Johan Ek (M), 1:e vice ordförande").Serving.Single().Role.ShouldBe("1:e vice ordförande");

    [Fact]
    public void Reads_roles_written_after_the_party_in_a_comma_list() =>
        Serving("Tuva Rask (C) ordförande, Olof Brink (M) 2:e vice ordförande, Sten Hage (S)").Serving
            .Select(m => (m.Name, m.Role)).ShouldBe([("Tuva Rask", "ordförande"), ("Olof Brink", "2:e vice ordförande"), ("Sten Hage", null)]);

    [Theory]
    [InlineData("Tuva Rask (C), ordf", "ordförande")]
    [InlineData("Tuva Rask (C), v. ordf.", "vice ordförande")]
    [InlineData("Tuva Rask (C) förste vice ordförande", "1:e vice ordförande")]
    [InlineData("Ordförande Tuva Rask (C)", "ordförande")]
    public void Writes_a_chair_role_as_the_register_keeps_it(string line, string role) =>
        Serving(line).Serving.ShouldHaveSingleItem().Role.ShouldBe(role);

    [Fact]
    public void Takes_no_remark_for_a_role() =>
        Serving("Tuva Rask (C), med via videolänk").Serving.ShouldHaveSingleItem().Role.ShouldBeNull();

    [Fact]
    public void Ends_a_role_at_a_semicolon() =>
        Serving("Tuva Rask (C), ordförande; Olof Brink (M), vice ordförande;").Serving.Select(m => m.Role)
            .ShouldBe(["ordförande", "vice ordförande"]);

    [Fact]
    public void Reads_a_present_ersattare_who_does_not_serve_wherever_listed()
    {
        var line = Others("Ville Aho (kd), ej tjg ersättare");
        line.Substitutes.ShouldHaveSingleItem().ShouldBe(new Attendee("Ville Aho", "kd"));
        line.Others.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_several_substitutes_on_one_line() =>
        Read(HeadField.Substitutes, "Eva Berg (S) Nils Dahl (C)").Substitutes.Select(p => p.Name).ShouldBe(["Eva Berg", "Nils Dahl"]);

    [Fact]
    public void Reads_a_serving_ersattare_in_the_list_of_ersattare() =>
        Read(HeadField.Substitutes, "Eva Berg (S) tjänstgör för Nils Dahl (S)").Serving.ShouldHaveSingleItem().ServesFor.ShouldBe("Nils Dahl");

    [Fact]
    public void Reads_the_paragraphs_an_official_was_present_for()
    {
        var official = Others("Peter Hansson, ekonomichef §§26-28").Others.ShouldHaveSingleItem();
        (official.Name, official.Role).ShouldBe(("Peter Hansson", "ekonomichef"));
        official.Paragraphs.ShouldBe([26, 27, 28]);
    }

    [Theory]
    [InlineData("Lo Vinge, planarkitekt, del av § 8")]
    [InlineData("Lo Vinge, planarkitekt § 8/25")]
    [InlineData("Lo Vinge, planarkitekt, kl 14.10–14.40 (§ 8)")]
    [InlineData("Lo Vinge, planarkitekt § 8 (kl. 14.10–14.40)")]
    public void Keeps_the_paragraphs_and_leaves_out_the_clock(string line)
    {
        var official = Others(line).Others.ShouldHaveSingleItem();
        (official.Name, official.Role).ShouldBe(("Lo Vinge", "planarkitekt"));
        official.Paragraphs.ShouldBe([8]);
    }

    [Theory]
    [InlineData("Ola Falk, stadsdirektör; Mia Rönn, jurist §§ 3–5; Lo Berg, sekreterare")]
    [InlineData("Ola Falk, stadsdirektör, Mia Rönn, jurist §§ 3–5, Lo Berg, sekreterare")]
    [InlineData("Ola Falk stadsdirektör, Mia Rönn jurist §§ 3–5, Lo Berg sekreterare")]
    [InlineData("stadsdirektör Ola Falk, jurist Mia Rönn §§ 3–5, sekreterare Lo Berg")]
    public void Reads_officials_in_one_line_with_the_title_before_or_after(string line) =>
        Others(line).Others.Select(o => (o.Name, o.Role, string.Join(",", o.Paragraphs ?? [])))
            .ShouldBe([("Ola Falk", "stadsdirektör", ""), ("Mia Rönn", "jurist", "3,4,5"), ("Lo Berg", "sekreterare", "")]);

    [Fact]
    public void Reads_officials_whose_line_breaks_were_lost() =>
        Others("Ola Falk, stadsdirektör Mia Rönn, jurist, §§ 3–5 Lo Berg, sekreterare").Others
            .Select(o => (o.Name, o.Role, string.Join(",", o.Paragraphs ?? [])))
            .ShouldBe([("Ola Falk", "stadsdirektör", ""), ("Mia Rönn", "jurist", "3,4,5"), ("Lo Berg", "sekreterare", "")]);

    [Fact]
    public void Reads_a_title_first_with_a_capital() =>
        Others("Miljöchef Sara Holm").Others.ShouldHaveSingleItem().ShouldBe(new OtherAttendee("Sara Holm", "Miljöchef", null));

    [Fact]
    public void Keeps_a_title_of_two_parts() =>
        Others("Siv Ahl, enhetschef, vuxenutbildningen").Others.ShouldHaveSingleItem().Role.ShouldBe("enhetschef, vuxenutbildningen");

    [Fact]
    public void Gives_the_people_under_insynsplats_that_role() =>
        Read(HeadField.Observers, "Gert Lund (SPI)").Others.ShouldHaveSingleItem().ShouldBe(new OtherAttendee("Gert Lund", "insynsplats", null));

    [Fact]
    public void Records_nobody_from_the_list_of_absent_members()
    {
        var line = Read(HeadField.Absent, "Gert Lund (S), Eva Ros (M)");
        (line.Serving.Count + line.Substitutes.Count + line.Others.Count).ShouldBe(0);
        line.EndsList.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Enligt bilagd närvarolista")]
    [InlineData("Se bilaga 2")]
    public void Reads_nobody_from_a_line_that_points_elsewhere(string line)
    {
        var read = Serving(line);
        (read.Serving.Count, read.EndsList, read.Warning).ShouldBe((0, false, null));
    }

    [Theory]
    [InlineData("Tove Ek (S), Gun Lax (V), Lars")]
    [InlineData("Tove Ek (S), Gun Lax (V) tjg ers för")]
    [InlineData("Tove Ek (S), Gun Lax (V),")]
    [InlineData("ekonomichef Åke Dahl, stadsjurist")]
    public void Says_when_a_line_breaks_off_mid_list(string line) =>
        AttendanceReader.Read(new AttendanceState(HeadField.Serving), line, 1).Unfinished.ShouldBeTrue();

    [Fact]
    public void Reads_a_list_grouped_under_party_headings()
    {
        var state = new AttendanceState(HeadField.Serving);
        var heading = AttendanceReader.Read(state, "Vänsterpartiet", 1);
        heading.State.Party.ShouldBe("V");
        AttendanceReader.Read(heading.State, "Iris Lund, vice ordförande", 2).Serving.ShouldHaveSingleItem()
            .ShouldBe(new ServingMember("Iris Lund", "V", null, "vice ordförande"));
        AttendanceReader.Read(heading.State, "KD:", 3).State.Party.ShouldBe("KD");
    }

    [Fact]
    public void Reads_a_table_with_ticks_under_present_and_serving()
    {
        var head = AttendanceReader.Read(new AttendanceState(HeadField.Substitutes), "Namn              Parti   Närvarande   Tjänstgörande", 1);
        head.State.Grid.ShouldNotBeNull();
        var state = head.State;
        AttendanceReader.Read(state, "Rut Hed           S       X            X", 2).Serving.ShouldHaveSingleItem().Name.ShouldBe("Rut Hed");
        AttendanceReader.Read(state, "Ove Sjö           M       X", 3).Substitutes.ShouldHaveSingleItem().Name.ShouldBe("Ove Sjö");
        var absent = AttendanceReader.Read(state, "Ida Bok           C", 4);
        (absent.Serving.Count + absent.Substitutes.Count).ShouldBe(0);
    }

    [Fact]
    public void Reads_a_table_with_the_party_first_whose_head_names_the_list_and_a_column_that_is_not_serving()
    {
        var members = AttendanceReader.Read(new AttendanceState(HeadField.Serving), "Parti  Ledamot              Tjg    Ej tjg    Anm", 1).State;
        members.List.ShouldBe(HeadField.Serving);
        AttendanceReader.Read(members, "C      Olle Brandt, 1:e vice ordf   X", 2).Serving.ShouldHaveSingleItem()
            .ShouldBe(new ServingMember("Olle Brandt", "C", null, "1:e vice ordförande"));
        var substitutes = AttendanceReader.Read(members, "Parti  Ersättare            Tjg    Ej tjg    Anm", 3).State;
        substitutes.List.ShouldBe(HeadField.Substitutes);
        AttendanceReader.Read(substitutes, "SD     Nils Aro             X                tjg ers för Rebecka Lind §§ 105–107", 4).Serving
            .ShouldHaveSingleItem().ShouldBe(new ServingMember("Nils Aro", "SD", "Rebecka Lind"));
        AttendanceReader.Read(substitutes, "M      Tobias Grön                 X", 5).Substitutes.ShouldHaveSingleItem().ShouldBe(new Attendee("Tobias Grön", "M"));
    }

    [Fact]
    public void Reads_a_party_written_as_a_part_of_a_comma_list()
    {
        Serving("Bertil Ådahl, s, ordförande").Serving.ShouldHaveSingleItem().ShouldBe(new ServingMember("Bertil Ådahl", "S", null, "ordförande"));
        Read(HeadField.Serving, "Jörgen Nyman, s, ersätter Elsa Bäck, s").Serving.ShouldHaveSingleItem()
            .ShouldBe(new ServingMember("Jörgen Nyman", "S", "Elsa Bäck"));
    }

    [Fact]
    public void Reads_a_title_in_brackets() =>
        Others("Hanna Berg (valsamordnare), Mikael Rask (IT-samordnare) § 15").Others.Select(o => (o.Name, o.Role))
            .ShouldBe([("Hanna Berg", "valsamordnare"), ("Mikael Rask", "IT-samordnare")]);

    [Fact]
    public void Reads_a_table_of_members_without_a_head()
    {
        Serving("Rut Hed\tS\tX\tordförande").Serving.ShouldHaveSingleItem().ShouldBe(new ServingMember("Rut Hed", "S", null, "ordförande"));
        Serving("Ove Sjö\tM\t–").Serving.ShouldBeEmpty();
        Read(HeadField.Substitutes, "Ida Bok   C   X   tjänstgör för Ove Sjö").Serving.ShouldHaveSingleItem().ServesFor.ShouldBe("Ove Sjö");
    }

    [Fact]
    public void Ends_the_list_at_a_sentence() =>
        Others("Ordföranden hälsar alla välkomna.").EndsList.ShouldBeTrue();

    [Fact]
    public void Ends_the_list_at_a_sentence_that_starts_with_a_name() =>
        Others("Eva Ros hälsar alla välkomna till mötet.").EndsList.ShouldBeTrue();

    [Fact]
    public void Warns_about_a_name_it_cannot_read() =>
        AttendanceReader.Read(new AttendanceState(HeadField.Serving), "Ordföranden", 7, more: false).Warning.ShouldNotBeNull().Line.ShouldBe(7);
}
