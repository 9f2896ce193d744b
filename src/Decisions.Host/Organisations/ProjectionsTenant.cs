namespace Decisions.Organisations;

/// <summary>
/// Marten's own <c>projections</c> command names an organisation by its tenant id (<c>--tenant</c>/<c>-t</c>). People
/// name it as everywhere else: the first organisation by its friendly id, and an id no organisation has is refused in
/// Swedish, naming the option and the organisations there are, before the command touches any database.
/// </summary>
public static class ProjectionsTenant
{
    /// <summary>The arguments with the organisation a person named as Marten knows it, or null (with the refusal written) when none has that id.</summary>
    public static async Task<string[]?> CheckedAsync(string[] args, IServiceProvider services)
    {
        if (args is not ["projections", ..] || Array.FindIndex(args, a => a is "--tenant" or "-t") is var at && (at < 0 || at + 1 >= args.Length))
            return args;
        try
        {
            var tenant = (await services.GetRequiredService<OrganisationDirectory>().KnownAsync([args[at + 1]], "--tenant"))[0];
            return [.. args[..(at + 1)], tenant, .. args[(at + 2)..]];
        }
        catch (Shared.ValidationFailed invalid)
        {
            foreach (var (option, messages) in invalid.Errors) await Console.Error.WriteLineAsync($"projections: {option}: {string.Join(" ", messages)}");
            return null;
        }
    }
}
