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

    /// <summary>The person's roles in the organisations the account was made in (<see cref="RolesIn"/> names the others).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>
    /// The roles in each organisation the person joined later, set when they joined: an administrator of one authority
    /// who is given access to another is what that one's administrator made them there, a reader unless told otherwise.
    /// </summary>
    public Dictionary<string, List<string>> RolesIn { get; set; } = [];
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

    public bool BelongsTo(string organisation) => MemberOf.Contains(organisation);

    /// <summary>The person's roles in one organisation; none in one they do not belong to.</summary>
    public IReadOnlyList<string> RolesFor(string organisation) =>
        !BelongsTo(organisation) ? [] : RolesIn.TryGetValue(organisation, out var roles) ? roles : Roles;

    /// <summary>The organisations the person works in, the default one spelled out when the list is empty.</summary>
    public IReadOnlyList<string> MemberOf => Organisations.Count == 0 ? [global::Decisions.Organisations.OrganisationIds.Default] : Organisations;
}
