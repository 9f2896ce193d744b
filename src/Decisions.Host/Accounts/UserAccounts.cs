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
        List<string> memberOf = organisations is null or [Organisations.OrganisationIds.Default] ? [] : [.. organisations.Distinct()];
        if (string.IsNullOrWhiteSpace(name)) throw Invalid("namn", "ange personens namn, det som visas i historiken");
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

    /// <summary>Removes the account and its tokens; its sessions end at the next check of the security stamp.</summary>
    public async Task<User?> RemoveAsync(string id, string organisation)
    {
        if (await users.FindByIdAsync(id) is not { } user || !user.BelongsTo(organisation)) return null;
        await users.DeleteAsync(user);
        return user;
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
        var organisation = scope.ServiceProvider.GetRequiredService<Organisations.CurrentOrganisation>().Id;
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
