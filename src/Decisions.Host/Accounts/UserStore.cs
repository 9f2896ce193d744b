using JasperFx;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Decisions.Accounts;

/// <summary>
/// Identity's view of the accounts: each call reads or writes the <see cref="User"/> document in a session of its
/// own, so a failed sign-in counted by one request is seen by the next.
/// </summary>
public sealed class UserStore(IDocumentStore store) :
    IUserPasswordStore<User>, IUserEmailStore<User>, IUserRoleStore<User>, IUserLockoutStore<User>, IUserSecurityStampStore<User>
{
    public async Task<IdentityResult> CreateAsync(User user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(user);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DocumentAlreadyExistsException || e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail", Description = $"Det finns redan en användare med e-postadressen {user.Email}." });
        }
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Update(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Delete(user);
        session.DeleteWhere<AccessToken>(t => t.UserId == user.Id);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<User?> FindByIdAsync(string userId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<User>(userId, ct);
    }

    /// <summary>The user name is the e-mail address.</summary>
    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken ct) => FindByEmailAsync(normalizedUserName, ct);

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<User>().FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct);
    }

    public Task<string> GetUserIdAsync(User user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task SetUserNameAsync(User user, string? userName, CancellationToken ct) => Set(() => user.Email = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken ct) => Set(() => user.NormalizedEmail = normalizedName ?? "");

    public Task<string?> GetEmailAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task SetEmailAsync(User user, string? email, CancellationToken ct) => Set(() => user.Email = email ?? "");
    // Accounts are made by an administrator who knows the address; there is no confirmation mail.
    public Task<bool> GetEmailConfirmedAsync(User user, CancellationToken ct) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(User user, bool confirmed, CancellationToken ct) => Task.CompletedTask;
    public Task<string?> GetNormalizedEmailAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(User user, string? normalizedEmail, CancellationToken ct) => Set(() => user.NormalizedEmail = normalizedEmail ?? "");

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken ct) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(User user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(User user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task AddToRoleAsync(User user, string roleName, CancellationToken ct) => Set(() => { if (!user.Roles.Contains(roleName)) user.Roles.Add(roleName); });
    public Task RemoveFromRoleAsync(User user, string roleName, CancellationToken ct) => Set(() => user.Roles.Remove(roleName));
    public Task<IList<string>> GetRolesAsync(User user, CancellationToken ct) => Task.FromResult<IList<string>>(user.Roles.ToList());
    public Task<bool> IsInRoleAsync(User user, string roleName, CancellationToken ct) => Task.FromResult(user.Roles.Contains(roleName));

    public async Task<IList<User>> GetUsersInRoleAsync(string roleName, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.Query<User>().ToListAsync(ct)).Where(u => u.Roles.Contains(roleName)).ToList();
    }

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(User user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(User user, DateTimeOffset? lockoutEnd, CancellationToken ct) => Set(() => user.LockoutEnd = lockoutEnd);
    public Task<int> IncrementAccessFailedCountAsync(User user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(User user, CancellationToken ct) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(User user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(User user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(User user, bool enabled, CancellationToken ct) => Set(() => user.LockoutEnabled = enabled);

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken ct) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(User user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    /// <summary>Identity changes the user in memory and then calls <see cref="UpdateAsync"/> to save it.</summary>
    static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    public void Dispose() { }
}
