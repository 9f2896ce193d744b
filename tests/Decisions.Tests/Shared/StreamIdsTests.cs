using Decisions.Cases;
using Decisions.Shared;

namespace Decisions.Tests.Shared;

public class StreamIdsTests
{
    [Theory]
    [InlineData("Hälso- och sjukvårdsnämndens arbetsutskott", "halso-och-sjukvardsnamndens-arbetsutskott")]
    [InlineData("  Regionstyrelsens arbetsutskott ", "regionstyrelsens-arbetsutskott")]
    [InlineData("Barn- & utbildningsnämnden (BUN)", "barn-utbildningsnamnden-bun")]
    [InlineData("Kommunfullmäktige Örebro", "kommunfullmaktige-orebro")]
    public void A_body_id_is_the_slug_of_its_name_with_swedish_letters_folded(string name, string id) =>
        StreamIds.Body(name).ShouldBe(id);

    [Fact]
    public void Meeting_decision_and_assignment_ids_nest_on_the_worlds_keys()
    {
        var meeting = StreamIds.Meeting("hsn-au", new DateOnly(2023, 11, 29));
        meeting.ShouldBe("hsn-au/2023-11-29");
        StreamIds.Decision(meeting, 28).ShouldBe("hsn-au/2023-11-29/§28");
        StreamIds.Assignment(StreamIds.Decision(meeting, 28), 1).ShouldBe("hsn-au/2023-11-29/§28/1");
    }

    [Fact]
    public void Clauses_are_numbered_from_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => StreamIds.Assignment("x/§1", 0));

    [Theory]
    [InlineData("HSN/570/2023", "HSN/570/2023")]
    [InlineData(" hsn/570/2023 ", "HSN/570/2023")]
    [InlineData("KS  2025/0112", "KS 2025/0112")]
    [InlineData("2023/bun\t0214", "2023/BUN 0214")]
    public void A_case_id_is_the_trimmed_upper_case_number_with_whitespace_collapsed(string number, string id) =>
        StreamIds.Case(number).ShouldBe(id);

    [Fact]
    public void A_document_id_is_case_kind_and_date() =>
        StreamIds.Document("23rs9432", DocumentKind.OfficialReport, new DateOnly(2023, 10, 19)).ShouldBe("23RS9432/officialreport/2023-10-19");
}
