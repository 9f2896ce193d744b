using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Hosting;

public class ServerTimingTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/decisions")]
    [InlineData("/arenden/FINNS%2F0%2F2099")]
    public async Task Every_answer_says_how_many_milliseconds_the_server_took(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var header = response.Headers.GetValues(ServerTiming.Header).Single();
        header.ShouldStartWith("app;dur=");
        ServerTiming.Milliseconds(header).ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("app;dur=12.5", 12.5)]
    [InlineData("db;dur=3", 3.0)]
    [InlineData("app", null)]
    [InlineData(null, null)]
    public void A_server_timing_header_is_read_back_as_milliseconds(string? header, double? expected) =>
        ServerTiming.Milliseconds(header).ShouldBe(expected);
}
