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

    /// <summary>
    /// The organisations (tenant ids) whose register the person works in. Empty is the default organisation alone, as
    /// every account was before there were several: accounts live in the master database, one per person, however
    /// many organisations they serve.
    /// </summary>
    public List<string> Organisations { get; set; } = [];

    public bool BelongsTo(string organisation) =>
        Organisations.Count == 0 ? organisation == global::Decisions.Organisations.OrganisationIds.Default : Organisations.Contains(organisation);
}
