using Decisions.Shared;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Accounts;

public sealed class UsersInput : NetCoreInput
{
    [Description("add (ett nytt konto), join/leave (ge ett konto tillgång till en organisation till, eller ta den ifrån det), token (en ny API-token för ett konto) eller list")]
    public string Action { get; set; } = "";

    [Description("Kontots e-postadress, som personen också loggar in med")]
    public string Email { get; set; } = "";

    [Description("Personens namn som historiken visar det (add)"), FlagAlias("name")]
    public string? NameFlag { get; set; }

    [Description("admin, registrator eller läsare: i organisationerna kontot skapas i (add) eller får (join, där läsare om den inte anges)"), FlagAlias("role")]
    public string? RoleFlag { get; set; }

    [Description("En fil med lösenordet (add); utan den hittas ett lösenord på och skrivs ut en gång"), FlagAlias("password-file")]
    public string? PasswordFileFlag { get; set; }

    [Description("Vad token är till för, t.ex. integrationens namn (token)"), FlagAlias("token-name")]
    public string? TokenNameFlag { get; set; }

    [Description("Organisationerna (id, kommaseparerade, som tenants list visar dem) vars register personen arbetar i (add), får (join) eller lämnar (leave); utan den registrets första organisation"), FlagAlias("organisation")]
    public string? OrganisationFlag { get; set; }
}

[Description("Konton: users add E-POST --name NAMN --role admin|registrator|läsare (--password-file FIL) (--organisation ID,ID); users join E-POST --organisation ID,ID (--role ROLL); users leave E-POST --organisation ID,ID; users token E-POST; users list", Name = "users")]
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
        var directory = host.Services.GetRequiredService<Organisations.OrganisationDirectory>();
        // The organisations --organisation names, each one that exists; none named is the first organisation.
        async Task<IReadOnlyList<string>> Named() =>
            await directory.KnownAsync(Organisations.TenantsCommand.List(input.OrganisationFlag) is { Count: > 0 } ids ? ids : [Organisations.OrganisationIds.Default], "--organisation");
        string Shown(User user) => string.Join(", ", user.MemberOf.Select(directory.Shown));
        string ShownWithRoles(User user) => string.Join(", ", user.MemberOf.Select(o => $"{directory.Shown(o)} som {UserAccounts.RoleName(user.RolesFor(o))}"));
        try
        {
            switch (input.Action.ToLowerInvariant())
            {
                case "add":
                    var password = input.PasswordFileFlag is { } file ? (await File.ReadAllTextAsync(file)).TrimEnd('\r', '\n') : null;
                    var (user, made) = await accounts.AddAsync(Required(input.Email, "e-post"), input.NameFlag ?? "", input.RoleFlag ?? "", password, await Named());
                    CommandLine.Output.WriteLine($"{user.DisplayName} ({user.Email}) har ett konto som {UserAccounts.RoleName(user.Roles)} i {Shown(user)}.");
                    if (made is not null) CommandLine.Output.WriteLine($"Lösenord (visas bara nu): {made}");
                    return true;
                case "join":
                case "leave":
                    if (string.IsNullOrWhiteSpace(input.OrganisationFlag))
                        throw new ValidationFailed(new Dictionary<string, string[]> { ["--organisation"] = ["ange organisationen (id som tenants list visar dem)"] });
                    var named = await Named();
                    var changed = input.Action.Equals("join", StringComparison.OrdinalIgnoreCase)
                        ? await accounts.JoinAsync(Required(input.Email, "e-post"), named, input.RoleFlag)
                        : await accounts.LeaveAsync(Required(input.Email, "e-post"), named, directory.Shown);
                    CommandLine.Output.WriteLine($"{changed.DisplayName} ({changed.Email}) arbetar i {ShownWithRoles(changed)}.");
                    return true;
                case "token":
                    var owner = await accounts.FindAsync(Required(input.Email, "e-post"));
                    // Only the token on stdout, so it can go straight into a secret store.
                    CommandLine.Output.WriteLine(await accounts.CreateTokenAsync(owner, input.TokenNameFlag ?? "kommandoraden", $"kommandoraden ({Environment.UserName})"));
                    return true;
                case "list":
                    foreach (var u in await accounts.ListAsync())
                        CommandLine.Output.WriteLine($"{u.Email}\t{u.DisplayName}\t{ShownWithRoles(u)}");
                    return true;
                default:
                    await Console.Error.WriteLineAsync($"users: okänd åtgärd '{input.Action}'; välj add, join, leave, token eller list");
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
