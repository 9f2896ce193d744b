using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class Head_labels
{
    [Theory]
    [InlineData("Organ Kommunstyrelsen", "Organ", "Kommunstyrelsen")]
    [InlineData("Plats och tid: Stadshuset, 2025-03-12 kl 18.00", "PlaceAndTime", "Stadshuset, 2025-03-12 kl 18.00")]
    [InlineData("Plats Stadshuset", "Place", "Stadshuset")]
    [InlineData("Tid", "Time", "")]
    [InlineData("Datum för anslags nedtagande 2025-04-09", "TakenDown", "2025-04-09")]
    [InlineData("Anslaget tas ned den 2025-04-09", "TakenDown", "2025-04-09")]
    [InlineData("Tjänsteställe,handläggare Ekonomi", "Ignored", "Ekonomi")]
    [InlineData("Justerandes signatur", "Signatures", "")]
    public void Name_the_field_and_keep_the_value(string line, string field, string value)
    {
        var label = HeadLabels.AtStart(line).ShouldNotBeNull();
        label.Field.ToString().ShouldBe(field);
        label.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("Tiden för uppdraget förlängs")]
    [InlineData("Platsen är vald")]
    [InlineData("Organisationen ändras")]
    public void Are_whole_words(string line) => HeadLabels.AtStart(line).ShouldBeNull();

    [Fact]
    public void Are_one_line_each_and_never_twice() =>
        HeadLabels.All.Select(l => Phrases.Key(l.Words)).ShouldBeUnique();
}

public class The_head_reader
{
    static Head Read(DocumentKind kind, params string[] lines)
    {
        var reader = new HeadReader(kind, []);
        for (var i = 0; i < lines.Length; i++) reader.Read(new SourceLine(i + 1, lines[i], null, false));
        return reader.Result();
    }

    [Fact]
    public void Takes_a_value_from_the_line_after_its_label()
    {
        var head = Read(DocumentKind.Protocol, "Organ", "Barn- och utbildningsnämnden", "Tid", "2024-06-11 kl 13.00-15.30");
        head.Body.ShouldBe("Barn- och utbildningsnämnden");
        head.MeetingDate.ShouldBe(new DateOnly(2024, 6, 11));
        head.MeetingStart.ShouldBe(new TimeOnly(13, 0));
        head.MeetingEnd.ShouldBe(new TimeOnly(15, 30));
    }

    [Fact]
    public void Keeps_the_first_of_two_different_values_and_says_so()
    {
        var warnings = new List<ParseWarning>();
        var reader = new HeadReader(DocumentKind.Protocol, warnings);
        reader.Read(new SourceLine(1, "Tid 2024-06-11", null, false));
        reader.Read(new SourceLine(2, "Tid 2024-06-12", null, false));
        reader.Result().MeetingDate.ShouldBe(new DateOnly(2024, 6, 11));
        warnings.ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void Reads_adjusters_without_their_parties()
    {
        Read(DocumentKind.Protocol, "Justerare Johan Ek (M) och Karin Öberg (S)").AdjustedBy.ShouldBe(["Johan Ek", "Karin Öberg"]);
    }

    [Fact]
    public void Opens_the_next_list_at_its_label_even_on_a_line_with_a_party()
    {
        var head = Read(DocumentKind.Protocol, "Beslutande  Gun Ås (S), ordförande", "Ersättare   Pål Ek (M)", "Insynsplats Rut Vik (SPI)");
        head.Serving.ShouldHaveSingleItem().Name.ShouldBe("Gun Ås");
        head.Substitutes.ShouldHaveSingleItem().Name.ShouldBe("Pål Ek");
        head.Others.ShouldHaveSingleItem().ShouldBe(new OtherAttendee("Rut Vik", "insynsplats", null));
    }

    [Fact]
    public void Reads_a_role_named_before_the_name_as_part_of_the_list()
    {
        var head = Read(DocumentKind.Protocol, "Ledamöter", "Ordförande Gun Ås (S)", "Övriga", "Sekreterare Pål Ek");
        head.Serving.ShouldHaveSingleItem().ShouldBe(new ServingMember("Gun Ås", "S", null, "ordförande"));
        head.Others.ShouldHaveSingleItem().ShouldBe(new OtherAttendee("Pål Ek", "Sekreterare", null));
    }

    [Fact]
    public void Reads_the_ersattare_who_serve_under_their_own_sub_heading()
    {
        var head = Read(DocumentKind.Protocol, "Ledamöter", "Gun Ås (S)", "Tjänstgörande ersättare", "Pål Ek (S) för Ivar Ros (S)");
        head.Serving.Select(m => (m.Name, m.ServesFor)).ShouldBe([("Gun Ås", null), ("Pål Ek", "Ivar Ros")]);
    }

    [Fact]
    public void Reads_a_comma_list_that_wraps_mid_name()
    {
        var head = Read(DocumentKind.Protocol, "Beslutande: Gun Ås (S) ordförande, Ivar", "Ros (M), Pål Ek (S) tjg ers för", "Eva Lo (S)", "", "Övriga: ekonom Rut Vik, kanslichef", "Kim Alm");
        head.Serving.Select(m => (m.Name, m.ServesFor, m.Role)).ShouldBe([("Gun Ås", null, "ordförande"), ("Ivar Ros", null, null), ("Pål Ek", "Eva Lo", null)]);
        head.Others.Select(o => (o.Name, o.Role)).ShouldBe([("Rut Vik", "ekonom"), ("Kim Alm", "kanslichef")]);
    }

    [Fact]
    public void Reads_a_table_whose_head_stands_on_the_label_line()
    {
        var head = Read(DocumentKind.Protocol,
            "Ledamöter      Parti   Närvarande   Tjänstgörande",
            "Gun Ås         S       X            X",
            "Ivar Ros       M",
            "Ersättare",
            "Pål Ek         S       X            X",
            "Eva Lo         L       X");
        head.Serving.Select(m => m.Name).ShouldBe(["Gun Ås", "Pål Ek"]);
        head.Substitutes.ShouldHaveSingleItem().Name.ShouldBe("Eva Lo");
    }
}
