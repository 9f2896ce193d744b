using Marten;

namespace Decisions.History;

public static class FullText
{
    /// <summary>PostgreSQL's Swedish text search configuration: the index and every query must use the same one.</summary>
    public const string Swedish = "swedish";

    /// <summary>Whether <paramref name="text"/> matches the query as the search index would match it (the same configuration and query syntax).</summary>
    public static async Task<bool> MatchesAsync(IQuerySession session, string text, string q, CancellationToken ct) =>
        (await session.AdvancedSql.QueryAsync<bool>(
            $"select to_tsvector('{Swedish}', ?) @@ websearch_to_tsquery('{Swedish}', ?)", ct, text, q)).Single();
}
