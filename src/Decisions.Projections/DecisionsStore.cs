using JasperFx.Events;
using Marten;

namespace Decisions;

/// <summary>The Marten setup that the host, the tests and the benchmarks share.</summary>
public static class DecisionsStore
{
    public const string Schema = "decisions";

    public static void Configure(StoreOptions opts, string connectionString)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = Schema;

        // Stream ids come from the world's keys (body + date + paragraph, case numbers), so importing the same
        // documents in any order lands on the same streams.
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
    }
}
