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
}
