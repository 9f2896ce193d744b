namespace Decisions.Accounts;

/// <summary>
/// A local account, kept as a Marten document beside the register's events. Identity hashes the password and
/// counts failed sign-ins; the e-mail address is the name a person signs in with.
/// </summary>
public sealed class User
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";

    /// <summary>What histories show as the one who recorded a fact.</summary>
    public string DisplayName { get; set; } = "";

    public string? PasswordHash { get; set; }
    public List<string> Roles { get; set; } = [];
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool LockoutEnabled { get; set; } = true;
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
