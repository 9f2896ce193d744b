using Decisions.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Decisions.Tests.Infrastructure;

/// <summary>The whole host over a database of its own; share it across one test class with IClassFixture.</summary>
public class DecisionsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; protected set; } = "";

    public virtual async Task InitializeAsync()
    {
        // Program ends in RunJasperFxCommands, which otherwise leaves the host for the command to start.
        JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;
        ConnectionString = await TestPostgres.NewDatabaseAsync(GetType().Name);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting($"ConnectionStrings:{DatabaseLocation.ConnectionStringName}", ConnectionString);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
