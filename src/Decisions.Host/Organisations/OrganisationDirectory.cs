using Decisions.Shared;
using Marten;
using Marten.Storage;
using Npgsql;
using Wolverine.Persistence.Durability;

namespace Decisions.Organisations;

/// <summary>
/// The organisations of this register: listed, added at run time, and found by a request's host name. The documents
/// live in the master database (the default organisation's), read through a cache that is read again when a host
/// name is not found, at most once a second, so an organisation another process added is found without a restart.
/// </summary>
public sealed class OrganisationDirectory(IDocumentStore store, IConfiguration settings, IServiceProvider services)
{
    static readonly TimeSpan RereadAtMostEvery = TimeSpan.FromSeconds(1);
    IReadOnlyList<Organisation>? cached;
    DateTime readAt;

    /// <summary>The organisation the register started with; its name from settings (the name OParl gives the body).</summary>
    public Organisation Default => new()
    {
        Id = OrganisationIds.Default,
        Name = settings["Decisions:OParl:Name"] is { Length: > 0 } name ? name : "Registrets organisation",
    };

    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var added = await session.Query<Organisation>().ToListAsync(ct);
        cached = [Default, .. added.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
        readAt = DateTime.UtcNow;
        return cached;
    }

    /// <summary>A host listed by an organisation is that organisation's; so is a host whose first label is its id; any other is the default's.</summary>
    public async ValueTask<Organisation> ForHostAsync(string host, CancellationToken ct)
    {
        if (Match(cached ?? [], host) is { } known) return known;
        if (cached is null || DateTime.UtcNow - readAt > RereadAtMostEvery)
            return Match(await ListAsync(ct), host) ?? Default;
        return Default;
    }

    static Organisation? Match(IReadOnlyList<Organisation> organisations, string host)
    {
        var label = host.Split('.')[0];
        return organisations.FirstOrDefault(o => o.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
               ?? organisations.FirstOrDefault(o => o.Id != OrganisationIds.Default && string.Equals(o.Id, label, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<Organisation?> FindAsync(string id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(o => o.Id == id);

    /// <summary>
    /// The register's address as an organisation's people reach it, for links sent out of a request (reminders): the
    /// configured one is the first organisation's; another's is its first host name, else its id before the configured host.
    /// </summary>
    public async Task<string?> AddressAsync(string? registerUrl, string? tenant, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(tenant) || tenant == OrganisationIds.Default || !Uri.TryCreate(registerUrl, UriKind.Absolute, out var url)
            || await FindAsync(tenant, ct) is not { } organisation) return registerUrl;
        var address = organisation.Hosts is [var host, ..] ? new UriBuilder(url) { Host = host, Port = -1 } : new UriBuilder(url) { Host = $"{organisation.Id}.{url.Host}" };
        return address.Uri.ToString().TrimEnd('/');
    }

    /// <summary>The id pages and the command line show for a tenant id (the first organisation's friendly one).</summary>
    public string Shown(string tenant) => OrganisationIds.Shown(tenant, settings);

    /// <summary>
    /// The tenant ids of the organisations a person named, in order; one that does not exist is refused, naming the option
    /// or setting it came from (<paramref name="field"/>) and the organisations there are, before anything is changed.
    /// </summary>
    public async Task<IReadOnlyList<string>> KnownAsync(IEnumerable<string> given, string field, CancellationToken ct = default)
    {
        var known = await ListAsync(ct);
        var ids = given.Select(id => OrganisationIds.Tenant(id, settings)).Distinct().ToList();
        if (ids.Where(id => known.All(o => o.Id != id)).ToList() is { Count: > 0 } unknown)
            throw Invalid(field, $"det finns ingen organisation med id {string.Join(", ", unknown.Select(u => $"'{u}'"))}; " +
                                 $"de som finns: {string.Join(", ", known.Select(o => $"{Shown(o.Id)} ({o.Name})"))}");
        return ids;
    }

    /// <summary>
    /// Adds an organisation: its database (made on the master's server when no connection string is given), its row in
    /// Marten's table of tenant databases, its schema and message tables, and its document. Usable at once, also by a
    /// host already running.
    /// </summary>
    public async Task<Organisation> AddAsync(string id, string name, string? connectionString, IReadOnlyList<string> hosts, CancellationToken ct = default)
    {
        id = OrganisationIds.Checked(id);
        if (string.IsNullOrWhiteSpace(name)) throw Invalid("namn", "ange organisationens namn, t.ex. \"Västerås stad\"");
        if (await FindAsync(OrganisationIds.Tenant(id, settings), ct) is not null) throw Invalid("organisation", $"det finns redan en organisation med id '{id}'");
        var wanted = hosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        if ((cached ?? []).FirstOrDefault(o => o.Hosts.Intersect(wanted).Any()) is { } taken)
            throw Invalid("värdnamn", $"{string.Join(", ", taken.Hosts.Intersect(wanted))} väljer redan {taken.Name} ({Shown(taken.Id)})");
        var tenancy = (MasterTableTenancy)store.Options.Tenancy;
        var connection = string.IsNullOrWhiteSpace(connectionString) ? await CreateDatabaseAsync(tenancy, MasterConnection, id, ct) : connectionString.Trim();

        await tenancy.AddTenantAsync(id, connection);
        await WhileOthersCreateTablesAsync(async () =>
        {
            var database = await store.Storage.FindOrCreateDatabase(id);
            await database.ApplyAllConfiguredChangesToDatabaseAsync(ct: ct);
            // Follow-ups of the new organisation's events are stored in its own database, in the transaction of their cause,
            // so the message tables must be there before its first command, also when a command line added it.
            var messages = (MultiTenantedMessageStore)services.GetRequiredService<IMessageStore>();
            await (await messages.GetDatabaseAsync(id)).Admin.MigrateAsync();
        }, ct);

        var organisation = new Organisation { Id = id, Name = name.Trim(), Hosts = wanted, CreatedAt = DateTimeOffset.UtcNow };
        await using var session = store.LightweightSession();
        session.Store(organisation);
        await session.SaveChangesAsync(ct);
        cached = null;
        return organisation;
    }

    /// <summary>
    /// A running host finds the organisation in Marten's table as soon as it is there and starts its background work,
    /// which creates the tables it lacks, maybe while this creates them too: the loser of such a race sees "already
    /// exists", and the next attempt finds the tables made and adds only what is still missing.
    /// </summary>
    static async Task WhileOthersCreateTablesAsync(Func<Task> create, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
            try
            {
                await create();
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject
                                                  or PostgresErrorCodes.DuplicateFunction or PostgresErrorCodes.UniqueViolation)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct);
            }
    }

    /// <summary>A database of its own beside the master's on the same server, named after it: decisions → decisions_vasteras.</summary>
    static async Task<string> CreateDatabaseAsync(MasterTableTenancy tenancy, string masterConnection, string id, CancellationToken ct)
    {
        var master = new NpgsqlConnectionStringBuilder(masterConnection);
        var suffix = $"_{id.Replace('-', '_')}";
        // PostgreSQL cuts names at 63 bytes; the master's name gives way, the organisation's id does not.
        var name = $"{master.Database![..Math.Min(master.Database!.Length, 63 - suffix.Length)]}{suffix}";
        await using var command = tenancy.TenantDatabase.DataSource.CreateCommand($"create database \"{name}\"");
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Made by an earlier attempt that failed after creating it (no organisation has the id): taken over.
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw Invalid("anslutning", $"databasen {name} kan inte skapas ({e.MessageText}); skapa den själv och ange --connection");
        }
        master.Database = name;
        return master.ConnectionString;
    }

    string MasterConnection => settings.GetConnectionString(Database.DatabaseLocation.ConnectionStringName)
                               ?? throw new InvalidOperationException("The register has no database.");

    static ValidationFailed Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
