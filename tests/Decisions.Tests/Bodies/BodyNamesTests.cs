using Decisions.Bodies;

namespace Decisions.Tests.Bodies;

public class BodyNamesTests
{
    [Theory]
    [InlineData("Hälso- och sjukvårdsnämndens arbetsutskott", BodyKind.Utskott)]
    [InlineData("Regionfullmäktige", BodyKind.Fullmaktige)]
    [InlineData("Kommunstyrelsen", BodyKind.Styrelse)]
    [InlineData("Barn- och utbildningsnämnden", BodyKind.Namnd)]
    [InlineData("Demokratiberedningen", BodyKind.Beredning)]
    public void A_bodys_kind_follows_from_its_name(string name, BodyKind kind) => BodyNames.KindOf(name).ShouldBe(kind);

    [Theory]
    [InlineData("Hälso- och sjukvårdsnämndens arbetsutskott", "Hälso- och sjukvårdsnämnden")]
    [InlineData("Regionstyrelsens arbetsutskott", "Regionstyrelsen")]
    [InlineData("Kommunstyrelsens utskott", "Kommunstyrelsen")]
    public void A_committee_works_under_the_body_its_name_is_genitive_of(string name, string parent) => BodyNames.ParentOf(name).ShouldBe(parent);

    [Fact]
    public void A_body_that_is_no_committee_has_no_parent_in_its_name() => BodyNames.ParentOf("Regionstyrelsen").ShouldBeNull();
}
