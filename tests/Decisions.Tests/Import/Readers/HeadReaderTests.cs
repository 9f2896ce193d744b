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

    [Fact]
    public void Takes_the_adjusters_from_a_signature_line_without_its_dots()
    {
        var head = Read(DocumentKind.Protocol, "Justerare   ………………… Ebba Lind      ____________ Gert Sand", "Justerande  ..........  ..........", "Ebba Lind            Gert Sand");
        head.AdjustedBy.ShouldBe(["Ebba Lind", "Gert Sand"]);
    }

    [Fact]
    public void Takes_the_adjusters_chosen_in_a_sentence_and_leaves_the_sentence_to_its_paragraph()
    {
        var reader = new HeadReader(DocumentKind.Protocol, []) { ContentStarted = true, InParagraph = true };
        reader.Read(new SourceLine(1, "Ebba Lind (M) utses att jämte ordföranden justera protokollet.", null, false)).ShouldBeFalse();
        reader.Read(new SourceLine(2, "Till justerare utses Gert Sand (S).", null, false));
        reader.Result().AdjustedBy.ShouldBe(["Ebba Lind", "Gert Sand"]);
    }

    [Theory]
    [InlineData("Tid 13.00–15.45")]
    [InlineData("Tid: kl. 13.00–15.45")]
    [InlineData("Sammanträdestid 13:00 - 15:45")]
    public void Reads_a_time_without_a_date(string line)
    {
        var head = Read(DocumentKind.Protocol, line);
        (head.MeetingStart, head.MeetingEnd).ShouldBe((new TimeOnly(13, 0), new TimeOnly(15, 45)));
    }

    [Theory]
    [InlineData("Plats och tid: Stadshuset, Lilla salen, onsdagen den 4 mars 2026 kl 18.30", "Stadshuset, Lilla salen")]
    [InlineData("Tid och plats: Onsdag 4 mars 2026, kl. 18.30–20.00, Stadshuset, Lilla salen", "Stadshuset, Lilla salen")]
    public void Reads_the_place_before_or_after_a_date_in_prose(string line, string place)
    {
        var head = Read(DocumentKind.Protocol, line);
        (head.Place, head.MeetingDate, head.MeetingStart).ShouldBe((place, new DateOnly(2026, 3, 4), new TimeOnly(18, 30)));
    }

    [Fact]
    public void Reads_a_place_whose_date_and_time_stand_elsewhere() =>
        Read(DocumentKind.Protocol, "Plats och tid   Bygdegården, stora salen").Place.ShouldBe("Bygdegården, stora salen");

    [Fact]
    public void Reads_the_meeting_from_a_sentence_over_two_lines()
    {
        var head = Read(DocumentKind.Protocol, "Protokoll fört vid byggnadsnämndens sammanträde onsdagen den 4 mars", "2026 i stadshuset, rum Eken, kl. 18.30–20.05.");
        (head.MeetingDate, head.MeetingStart, head.MeetingEnd, head.Place).ShouldBe((new DateOnly(2026, 3, 4), new TimeOnly(18, 30), new TimeOnly(20, 5), "stadshuset, rum Eken"));
    }

    [Theory]
    [InlineData("Onsdag 4 mars 2026, klockan 18.30–20.05")]
    [InlineData("Sammanträdesprotokoll 2026-03-04")]
    public void Reads_a_meeting_date_that_stands_without_a_label(string line) =>
        Read(DocumentKind.Protocol, line).MeetingDate.ShouldBe(new DateOnly(2026, 3, 4));

    [Fact]
    public void Reads_times_and_place_that_open_a_line()
    {
        var head = Read(DocumentKind.Protocol, "18:30 - 20:05 Stadshuset, rum Eken");
        (head.MeetingStart, head.Place).ShouldBe((new TimeOnly(18, 30), "Stadshuset, rum Eken"));
    }

    [Fact]
    public void Reads_two_labels_set_out_on_one_line()
    {
        var head = Read(DocumentKind.Protocol, "Anslag uppsatt: 2026-03-10     Anslag nedtas: 2026-04-01");
        (head.PostedOn, head.TakenDownOn).ShouldBe((new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 1)));
    }

    [Theory]
    [InlineData("Datum för anslags uppsättande/nedtagande: 2026-03-10 / 2026-04-01")]
    [InlineData("Anslaget publicerat: 2026-03-10 – 2026-04-01")]
    public void Reads_both_posting_dates_behind_one_label(string line)
    {
        var head = Read(DocumentKind.Protocol, line);
        (head.PostedOn, head.TakenDownOn).ShouldBe((new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Keeps_waiting_for_the_adjustment_date_after_its_place() =>
        Read(DocumentKind.Protocol, "Justeringens plats och tid", "Kommunkontoret", "2026-03-09").AdjustedOn.ShouldBe(new DateOnly(2026, 3, 9));

    [Theory]
    [InlineData("Byggnadsnämnden Sammanträdesdatum 2026-03-04")]
    [InlineData("Ekby kommun – Byggnadsnämnden – Protokoll")]
    [InlineData("Byggnadsnämnden                         Sida 1 (4)")]
    public void Reads_the_body_from_a_title_line(string line) =>
        Read(DocumentKind.Protocol, line).Body.ShouldBe("Byggnadsnämnden");

    [Theory]
    [InlineData("EKBY KOMMUN Byggnadsnämnden SAMMANTRÄDESPROTOKOLL 1 (4)", "Byggnadsnämnden")]
    [InlineData("Ekby kommun Miljö- och byggnämnden Protokoll", "Miljö- och byggnämnden")]
    public void Reads_the_body_from_a_title_line_run_together(string line, string body) =>
        Read(DocumentKind.Protocol, line).Body.ShouldBe(body);

    [Fact]
    public void Reads_no_body_from_prose() =>
        Read(DocumentKind.Protocol, "Byggnadsnämnden beslutar enligt förslaget").Body.ShouldBeNull();

    [Fact]
    public void Reads_a_body_named_with_an_adjective() =>
        Read(DocumentKind.Protocol, "Gemensamma servicenämnden").Body.ShouldBe("Gemensamma servicenämnden");

    [Fact]
    public void Takes_plats_och_tid_as_a_label_unless_it_ends_a_broken_label()
    {
        var head = Read(DocumentKind.Protocol, "Plats och tid", "Stadshuset, onsdag den 4 mars 2026 kl. 18.30");
        (head.Place, head.MeetingStart).ShouldBe(("Stadshuset", new TimeOnly(18, 30)));
        Read(DocumentKind.Protocol, "Justeringens      Kansliet 2026-03-09", "plats och tid").AdjustedOn.ShouldBe(new DateOnly(2026, 3, 9));
    }
}

public class The_posting_sentence
{
    [Theory]
    [InlineData("Anslaget sätts upp 2026-03-10 och tas ned 2026-04-01.")]
    [InlineData("Anslaget publicerades 2026-03-10 och tas bort 2026-04-01.")]
    [InlineData("Protokollet anslås på anslagstavlan 2026-03-10 – 2026-04-01.")]
    public void Reads_the_posting_and_its_end(string sentence) =>
        PostingSentence.Read(sentence).ShouldBe([(HeadField.Posted, new DateOnly(2026, 3, 10)), (HeadField.TakenDown, new DateOnly(2026, 4, 1))]);

    [Fact]
    public void Reads_the_adjustment_said_alone() =>
        PostingSentence.Read("Protokollet justerades 2026-03-09.").ShouldBe([(HeadField.Adjusted, new DateOnly(2026, 3, 9))]);

    [Fact]
    public void Takes_a_dash_for_until_only_between_dates() =>
        PostingSentence.Read("Tid 09.00–11.30 Justering 2026-03-09 Protokollet anslås på anslagstavlan 2026-03-10.")
            .ShouldNotContain(f => f.Field == HeadField.TakenDown);

    [Fact]
    public void Leaves_a_grant_of_money_alone() =>
        PostingSentence.Read("Anslaget för 2026 uppgår till 2 miljoner kronor från och med 2026-01-01.").ShouldBeEmpty();
}
