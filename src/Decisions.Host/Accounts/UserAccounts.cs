using System.Security.Cryptography;
using Decisions.Shared;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Decisions.Accounts;

/// <summary>What an administrator does with accounts, the same from the command line and the administration page.</summary>
public sealed class UserAccounts(UserManager<User> users, IDocumentStore store)
{
    /// <summary>The words the command line and the form accept for each role; a reader has no role.</summary>
    public static IReadOnlyList<string> ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "admin" or "administrator" or "administratör" => [Roles.Administrator],
        "registrator" => [Roles.Registrator],
        "reader" or "läsare" => [],
        _ => throw Invalid("roll", $"'{role}' är ingen roll: admin, registrator eller läsare"),
    };

    public static string RoleName(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Administrator) ? "administratör" : roles.Contains(Roles.Registrator) ? "registrator" : "läsare";

    /// <summary>
    /// Creates the account in the organisations named (none: the default organisation); without a password one is made
    /// up and returned, to be handed to the person once.
    /// </summary>
    public async Task<(User User, string? MadePassword)> AddAsync(string email, string name, string role, string? password, IReadOnlyList<string>? organisations = null)
    {
        var roles = ParseRole(role);
        var memberOf = Stored(organisations ?? []);
        if (string.IsNullOrWhiteSpace(name)) throw Invalid("namn", "ange personens namn, det som visas i historiken");
        // One account per person, however many organisations they work in: a second is refused with the way to the first.
        if (!string.IsNullOrWhiteSpace(email) && await users.FindByEmailAsync(email.Trim()) is { } existing)
            throw Invalid("e-post", $"{existing.Email} har redan ett konto ({existing.DisplayName}). Ge det tillgång till en organisation till med " +
                                    $"users join {existing.Email} --organisation ID, eller under Befintlig person på organisationens sida {AdministrationPages.Path}.");
        var made = password is null ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_') : null;
        var user = new User { Email = email.Trim(), DisplayName = name.Trim(), Roles = [.. roles], CreatedAt = DateTimeOffset.UtcNow, Organisations = memberOf };
        var result = await users.CreateAsync(user, password ?? made!);
        if (!result.Succeeded) throw Invalid(result.Errors.Any(e => e.Code.Contains("Password")) ? "lösenord" : "e-post", result.Errors.Select(e => e.Description).ToArray());
        return (user, made);
    }

    /// <summary>The account of that address; on an organisation's page, only among that organisation's people.</summary>
    public async Task<User> FindAsync(string email, string? organisation = null) =>
        await users.FindByEmailAsync(email.Trim()) is { } user && (organisation is null || user.BelongsTo(organisation))
            ? user
            : throw Invalid("e-post", $"det finns ingen användare med e-postadressen {email}");

    /// <summary>A new personal access token for the account; only its hash is kept, so this is the one time it is shown.</summary>
    public async Task<string> CreateTokenAsync(User user, string name, string createdBy)
    {
        var (token, hash) = AccessToken.New();
        await using var session = store.LightweightSession();
        session.Insert(new AccessToken(hash, user.Id, name, DateTimeOffset.UtcNow, createdBy));
        await session.SaveChangesAsync();
        return token;
    }

    /// <summary>Withdraws a token (by the hash the administration page shows); what it did stays in the history.</summary>
    public async Task<AccessToken?> RevokeTokenAsync(string id, string organisation)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<AccessToken>(id) is not { } token || await session.LoadAsync<User>(token.UserId) is not { } owner || !owner.BelongsTo(organisation)) return null;
        session.Delete(token);
        await session.SaveChangesAsync();
        return token;
    }

    /// <summary>
    /// Takes the person out of the organisation, with their role there. Their account stays while they work in another; removed from their last,
    /// the account goes too, with its tokens. Their sessions lose the organisation at the next check of the security stamp.
    /// </summary>
    public async Task<(User User, bool AccountRemoved)?> RemoveAsync(string id, string organisation)
    {
        if (await users.FindByIdAsync(id) is not { } user || !user.BelongsTo(organisation)) return null;
        if (user.MemberOf.Count == 1)
        {
            await users.DeleteAsync(user);
            return (user, true);
        }
        user.Organisations = Stored(user.MemberOf.Where(o => o != organisation));
        user.RolesIn.Remove(organisation);
        Succeeded(await users.UpdateSecurityStampAsync(user));
        return (user, false);
    }

    /// <summary>
    /// Gives an existing account the organisations too (tenant ids, known to exist), with the role named there (a reader's
    /// when none is): a role in one authority is not one in another. Joining one again changes the role there.
    /// </summary>
    public async Task<User> JoinAsync(string email, IReadOnlyList<string> organisations, string? role)
    {
        var roles = ParseRole(string.IsNullOrWhiteSpace(role) ? "läsare" : role);
        var user = await FindAsync(email);
        foreach (var organisation in organisations) user.RolesIn[organisation] = [.. roles];
        user.Organisations = Stored([.. user.MemberOf, .. organisations]);
        Succeeded(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    /// <summary>Takes the account out of the organisations; the last one it has is kept (removing the account is another act).</summary>
    public async Task<User> LeaveAsync(string email, IReadOnlyList<string> organisations, Func<string, string> shown)
    {
        var user = await FindAsync(email);
        if (organisations.FirstOrDefault(o => !user.BelongsTo(o)) is { } notIn)
            throw Invalid("organisation", $"{user.Email} arbetar inte i {shown(notIn)}; hen arbetar i {string.Join(", ", user.MemberOf.Select(shown))}");
        var left = user.MemberOf.Except(organisations).ToList();
        if (left.Count == 0)
            throw Invalid("organisation", $"{user.Email} skulle inte höra till någon organisation; ta bort kontot på {AdministrationPages.Path} i stället");
        user.Organisations = Stored(left);
        foreach (var organisation in organisations) user.RolesIn.Remove(organisation);
        Succeeded(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    /// <summary>As kept on the account: the default organisation alone is an empty list, as accounts made before there were several.</summary>
    static List<string> Stored(IEnumerable<string> organisations) =>
        organisations.Distinct().ToList() is var ids && ids is [Organisations.OrganisationIds.Default] ? [] : ids;

    static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Every account, or an organisation's people only: its administrator sees no one else's.</summary>
    public async Task<IReadOnlyList<User>> ListAsync(string? organisation = null)
    {
        await using var session = store.QuerySession();
        return (await session.Query<User>().ToListAsync()).Where(u => organisation is null || u.BelongsTo(organisation))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<IReadOnlyList<AccessToken>> TokensAsync(string userId)
    {
        await using var session = store.QuerySession();
        return await session.Query<AccessToken>().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ToListAsync();
    }

    /// <summary>
    /// The name a command-line tool records as the one who acted: the account --user names. An unknown or missing
    /// account is refused, so the log never names someone the register does not know.
    /// </summary>
    public static async Task<string?> ActingAs(IServiceProvider services, string? email, string command)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync($"{command}: ange --user <e-post> för kontot som utför ändringen (skapa det med users add)");
            return null;
        }
        using var scope = services.CreateScope();
        string organisation;
        try
        {
            organisation = await scope.ServiceProvider.GetRequiredService<Organisations.CurrentOrganisation>().CheckedAsync(services.GetRequiredService<Organisations.OrganisationDirectory>());
        }
        catch (ValidationFailed invalid)
        {
            foreach (var (setting, messages) in invalid.Errors) await Console.Error.WriteLineAsync($"{command}: {setting}: {string.Join(" ", messages)}");
            return null;
        }
        if (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email.Trim()) is { } user && user.BelongsTo(organisation))
            return user.DisplayName;
        await Console.Error.WriteLineAsync($"{command}: det finns ingen användare med e-postadressen {email}");
        return null;
    }

    static ValidationFailed Invalid(string field, params string[] messages) => new(new Dictionary<string, string[]> { [field] = messages });
}

/// <summary>Identity's refusals in Swedish, for those a person can meet when an account is made.</summary>
public sealed class SwedishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Lösenordet måste ha minst {length} tecken." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Lösenordet måste innehålla en siffra." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Lösenordet måste innehålla en liten bokstav." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"'{email}' är ingen e-postadress." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"'{userName}' är ingen e-postadress." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Det finns redan en användare med e-postadressen {email}." };
    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);
}
