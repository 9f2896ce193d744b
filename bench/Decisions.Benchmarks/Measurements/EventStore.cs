using Marten;

namespace Decisions.Benchmarks.Measurements;

/// <summary>The product's Marten setup, in the product's schema or in a side schema the host never reads.</summary>
public static class EventStore
{
    public static async Task<DocumentStore> OpenAsync(string connectionString, string? schema = null)
    {
        var store = DocumentStore.For(opts =>
        {
            DecisionsStore.Configure(opts, connectionString);
            if (schema is not null) opts.DatabaseSchemaName = schema;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }
}
