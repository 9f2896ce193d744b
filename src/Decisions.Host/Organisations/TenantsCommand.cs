using Decisions.Shared;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Organisations;

public sealed class TenantsInput : NetCoreInput
{
    [Description("add (en ny organisation med en egen databas) eller list")]
    public string Action { get; set; } = "";

    [Description("Organisationens id: små bokstäver a–z, siffror och bindestreck (add)")]
    public string Id { get; set; } = "";

    [Description("Organisationens namn, t.ex. \"Västerås stad\" (add)"), FlagAlias("name")]
    public string? NameFlag { get; set; }

    [Description("En befintlig databas för organisationen (add); utan den skapas en på samma server som registrets"), FlagAlias("connection")]
    public string? ConnectionFlag { get; set; }

    [Description("Värdnamn (kommaseparerade) som väljer organisationen, t.ex. beslut.vasteras.se (add); id.<värd> väljer den alltid"), FlagAlias("host")]
    public string? HostFlag { get; set; }
}

[Description("Organisationer: tenants add ID --name NAMN (--connection ANSLUTNING) (--host VÄRDNAMN); tenants list", Name = "tenants")]
public sealed class TenantsCommand : JasperFxAsyncCommand<TenantsInput>
{
    public TenantsCommand()
    {
        Usage("Lägg till en organisation").Arguments(x => x.Action, x => x.Id);
        Usage("Lista organisationerna").Arguments(x => x.Action);
    }

    public override async Task<bool> Execute(TenantsInput input)
    {
        using var host = input.BuildHost();
        await host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var directory = host.Services.GetRequiredService<OrganisationDirectory>();
        try
        {
            switch (input.Action.ToLowerInvariant())
            {
                case "add":
                    var added = await directory.AddAsync(input.Id, input.NameFlag ?? "", input.ConnectionFlag, List(input.HostFlag));
                    CommandLine.Output.WriteLine($"{added.Name} ({added.Id}) har ett eget register. Nå det på {string.Join(" eller ", [.. added.Hosts, $"{added.Id}.<registrets värdnamn>"])}; " +
                                                 $"ge personer tillgång med users add E-POST --organisation {added.Id}.");
                    return true;
                case "list":
                    foreach (var o in await directory.ListAsync())
                        CommandLine.Output.WriteLine($"{(o.Id == OrganisationIds.Default ? "(första)" : o.Id)}\t{o.Name}\t{string.Join(",", o.Hosts)}");
                    return true;
                default:
                    await Console.Error.WriteLineAsync($"tenants: okänd åtgärd '{input.Action}'; välj add eller list");
                    return false;
            }
        }
        catch (ValidationFailed invalid)
        {
            foreach (var (field, messages) in invalid.Errors) await Console.Error.WriteLineAsync($"tenants: {field}: {string.Join(" ", messages)}");
            return false;
        }
    }

    static IReadOnlyList<string> List(string? commaSeparated) =>
        commaSeparated?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The organisations a --organisation flag names, each one that exists; none named is the default organisation.</summary>
    public static async Task<IReadOnlyList<string>?> KnownAsync(IServiceProvider services, string? flag)
    {
        if (List(flag) is not { Count: > 0 } ids) return null;
        var known = await services.GetRequiredService<OrganisationDirectory>().ListAsync();
        foreach (var id in ids)
            if (known.All(o => o.Id != id))
                throw new ValidationFailed(new Dictionary<string, string[]> { ["organisation"] = [$"det finns ingen organisation med id '{id}' (tenants list visar dem)"] });
        return ids;
    }
}
