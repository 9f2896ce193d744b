using System.Text.RegularExpressions;
using Decisions.Shared;

namespace Decisions.Organisations;

/// <summary>
/// An authority with a register of its own (a municipality or a region): its events, read models and follow-ups live in
/// a database of its own, found through Marten's table of tenant databases. Its name and host names are kept as a
/// document in the master database, beside the accounts.
/// </summary>
public sealed class Organisation
{
    /// <summary>The tenant id: a short lower-case word (a-z, 0-9, '-'), also the first label of a host name that chooses it.</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Host names (without port) whose requests are this organisation's, e.g. beslut.kommun.se.</summary>
    public List<string> Hosts { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

public static partial class OrganisationIds
{
    /// <summary>
    /// The organisation a register has from the start, in the master database itself. It is the tenant Marten and
    /// Wolverine use when none is named, so everything that names none (a request on any other host name, a message
    /// without a tenant id, the command line) is this organisation's, as it was before there were several.
    /// </summary>
    public const string Default = JasperFx.StorageConstants.DefaultTenantId;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex Pattern();

    /// <summary>The id as given, or a refusal naming the field: it becomes part of a database name and of host names.</summary>
    public static string Checked(string? id)
    {
        var trimmed = id?.Trim() ?? "";
        return Pattern().IsMatch(trimmed)
            ? trimmed
            : throw new ValidationFailed(new Dictionary<string, string[]>
            {
                ["organisation"] = [$"'{trimmed}' duger inte som id: använd 1–40 små bokstäver a–z, siffror och bindestreck, t.ex. 'vasteras' eller 'region-exempel'"],
            });
    }
}
