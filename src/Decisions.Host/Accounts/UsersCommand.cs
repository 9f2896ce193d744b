using Decisions.Shared;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Accounts;

public sealed class UsersInput : NetCoreInput
{
    [Description("add (a new account), token (a new API token for an account) or list")]
    public string Action { get; set; } = "";

    [Description("The account's e-mail address, which is also what the person signs in with")]
    public string Email { get; set; } = "";

    [Description("The person's name as histories show it (add)"), FlagAlias("name")]
    public string? NameFlag { get; set; }

    [Description("admin, registrator or läsare (add)"), FlagAlias("role")]
    public string? RoleFlag { get; set; }

    [Description("A file holding the password (add); without it a password is made up and printed once"), FlagAlias("password-file")]
    public string? PasswordFileFlag { get; set; }

    [Description("What the token is for, e.g. the integration's name (token)"), FlagAlias("token-name")]
    public string? TokenNameFlag { get; set; }
}

[Description("Accounts: users add EMAIL --name NAME --role admin|registrator|läsare (--password-file FILE); users token EMAIL; users list", Name = "users")]
public sealed class UsersCommand : JasperFxAsyncCommand<UsersInput>
{
    public UsersCommand()
    {
        Usage("Make an account or a token for it").Arguments(x => x.Action, x => x.Email);
        Usage("List the accounts").Arguments(x => x.Action);
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
                    var (user, made) = await accounts.AddAsync(Required(input.Email, "e-post"), input.NameFlag ?? "", input.RoleFlag ?? "", password);
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
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"users: lösenordsfilen kan inte läsas: {e.Message}");
            return false;
        }
    }

    static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ValidationFailed(new Dictionary<string, string[]> { [field] = ["saknas"] }) : value;
}
