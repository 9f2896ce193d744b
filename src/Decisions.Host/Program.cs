using Decisions;
using Decisions.Database;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);
if (CommandLine.IsTool(args))
    CommandLine.ReserveStandardOutput(builder);

PrivatePostgres? privateServer = null;
try
{
    if (CommandLine.NeedsDatabase(args))
    {
        (var connectionString, privateServer) = await DatabaseLocation.ResolveAsync(builder.Configuration);
        builder.Configuration[$"ConnectionStrings:{DatabaseLocation.ConnectionStringName}"] = connectionString;
    }
}
catch (PostgresNotAvailable e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}

await using (privateServer)
{
    builder.AddDecisions();
    var app = builder.Build();
    app.MapDecisions();
    if (await Decisions.Organisations.ProjectionsTenant.CheckedAsync(args, app.Services) is not { } checkedArgs) return 1;
    return await app.RunJasperFxCommands(checkedArgs);
}

public partial class Program;
