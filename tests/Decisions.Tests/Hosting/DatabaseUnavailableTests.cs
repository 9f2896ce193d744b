using System.Net;
using Decisions.Commands;
using Decisions.Tests.Infrastructure;
using Npgsql;

namespace Decisions.Tests.Hosting;

/// <summary>The host, reaching its database through a proxy the test can cut.</summary>
public sealed class CuttableDatabaseApp : DecisionsApp
{
    public TcpProxy Proxy { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        // The proxy goes in before the registrator is created, since that starts the host with its connection string.
        await CreateDatabaseAsync();
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        Proxy = new TcpProxy(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, direct.Port));
        direct.Host = "127.0.0.1";
        direct.Port = Proxy.Port;
        ConnectionString = direct.ConnectionString;
        await CreateRegistratorAsync();
    }
}

/// <summary>PostgreSQL restarting under a running host: requests that lose their connection get 503 and Retry-After, not 500.</summary>
public class DatabaseUnavailableTests(CuttableDatabaseApp app) : IClassFixture<CuttableDatabaseApp>
{
    [Fact]
    public async Task Requests_while_the_database_is_away_get_503_with_retry_after_in_swedish_and_then_it_works_again()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/api/decisions?q=ekonomi")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Proxy.Stop();
        var unavailable = await client.GetAsync("/api/decisions?q=ekonomi");
        var post = await client.PostAsync("/api/bodies", new StringContent(
            """{"name": "Valnämnden", "kind": "Namnd", "parentBodyName": null, "occurredOn": "2024-01-01"}""", System.Text.Encoding.UTF8, "application/json"));
        app.Proxy.Start();

        unavailable.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await unavailable.Content.ReadAsStringAsync());
        post.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await post.Content.ReadAsStringAsync());
        unavailable.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(DatabaseUnavailableHandler.RetryAfterSeconds));
        (await unavailable.Content.ReadAsStringAsync()).ShouldContain("Databasen svarar inte");
        // The host reconnects by itself.
        (await client.GetAsync("/api/decisions?q=ekonomi")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refused_connection_is_unavailability_and_a_deadlock_is_not()
    {
        await using var nowhere = new NpgsqlConnection("Host=127.0.0.1;Port=1;Timeout=2");
        var refused = await Should.ThrowAsync<NpgsqlException>(() => nowhere.OpenAsync());
        DatabaseUnavailableHandler.IsUnavailable(new InvalidOperationException("wrapped", refused)).ShouldBeTrue();
        DatabaseUnavailableHandler.IsUnavailable(new PostgresException("deadlock", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)).ShouldBeFalse();
        DatabaseUnavailableHandler.IsUnavailable(new PostgresException("shutting down", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)).ShouldBeTrue();
    }
}
