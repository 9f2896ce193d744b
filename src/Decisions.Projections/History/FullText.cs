namespace Decisions.History;

public static class FullText
{
    /// <summary>PostgreSQL's Swedish text search configuration: the index and every query must use the same one.</summary>
    public const string Swedish = "swedish";
}
