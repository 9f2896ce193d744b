using Decisions.Shared;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Accounts;

public sealed class UsersInput : NetCoreInput
{
    [Description("add (ett nytt konto), token (en ny API-token för ett konto) eller list")]
    public string Action { get; set; } = "";

    [Description("Kontots e-postadress, som personen också loggar in med")]
    public string Email { get; set; } = "";

    [Description("Personens namn som historiken visar det (add)"), FlagAlias("name")]
    public string? NameFlag { get; set; }

    [Description("admin, registrator eller läsare (add)"), FlagAlias("role")]
    public string? RoleFlag { get; set; }

    [Description("En fil med lösenordet (add); utan den hittas ett lösenord på och skrivs ut en gång"), FlagAlias("password-file")]
    public string? PasswordFileFlag { get; set; }

    [Description("Vad token är till för, t.ex. integrationens namn (token)"), FlagAlias("token-name")]
    public string? TokenNameFlag { get; set; }

    [Description("Organisationerna (id, kommaseparerade) vars register personen arbetar i (add); utan den registrets första organisation"), FlagAlias("organisation")]
    public string? OrganisationFlag { get; set; }
}

[Description("Konton: users add E-POST --name NAMN --role admin|registrator|läsare (--password-file FIL) (--organisation ID,ID); users token E-POST; users list", Name = "users")]
public sealed class UsersCommand : JasperFxAsyncCommand<UsersInput>
{
    public UsersCommand()
    {
        Usage("Skapa ett konto eller en token för det").Arguments(x => x.Action, x => x.Email);
        Usage("Lista kontona").Arguments(x => x.Action);
    }

    public override async Task<bool> Execute(UsersInput input)
    {
        using var host = input.BuildHost();
        await host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var scope = host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        try
        {
            switch (input.Action.ToLowerInvariant())
            {
                case "add":
                    var password = input.PasswordFileFlag is { } file ? (await File.ReadAllTextAsync(file)).TrimEnd('\r', '\n') : null;
                    var organisations = await Organisations.TenantsCommand.KnownAsync(host.Services, input.OrganisationFlag);
                    var (user, made) = await accounts.AddAsync(Required(input.Email, "e-post"), input.NameFlag ?? "", input.RoleFlag ?? "", password, organisations);
                    CommandLine.Output.WriteLine($"{user.DisplayName} ({user.Email}) har ett konto som {UserAccounts.RoleName(user.Roles)}.");
                    if (made is not null) CommandLine.Output.WriteLine($"Lösenord (visas bara nu): {made}");
                    return true;
                case "token":
                    var owner = await accounts.FindAsync(Required(input.Email, "e-post"));
                    // Only the token on stdout, so it can go straight into a secret store.
                    CommandLine.Output.WriteLine(await accounts.CreateTokenAsync(owner, input.TokenNameFlag ?? "kommandoraden", $"kommandoraden ({Environment.UserName})"));
                    return true;
                case "list":
                    foreach (var u in await accounts.ListAsync())
                        CommandLine.Output.WriteLine($"{u.Email}\t{u.DisplayName}\t{UserAccounts.RoleName(u.Roles)}");
                    return true;
                default:
                    await Console.Error.WriteLineAsync($"users: okänd åtgärd '{input.Action}'; välj add, token eller list");
                    return false;
            }
        }
        catch (ValidationFailed invalid)
        {
            foreach (var (field, messages) in invalid.Errors) await Console.Error.WriteLineAsync($"users: {field}: {string.Join(" ", messages)}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"users: {CommandLine.Unreadable(input.PasswordFileFlag ?? "", e)}");
            return false;
        }
    }

    static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ValidationFailed(new Dictionary<string, string[]> { [field] = ["saknas"] }) : value;
}
