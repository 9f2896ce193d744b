using System.Text.Json;
using Decisions.Assignments;
using Decisions.Commands;
using Decisions.Database;
using Decisions.Shared;
using JasperFx.Events;
using Npgsql;
using NpgsqlTypes;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// The limit the command path is held against: the report-back endpoint with nothing between HTTP and PostgreSQL but
/// the domain's own pure code. In one transaction and three round trips it does what Marten does for the command
/// (read with log_statement=all): read the stream's version and the two documents the inline projections keep for an
/// assignment, decide, append the event, move the stream's version on if no one else did (the optimistic check), and
/// upsert the assignment's state and its history (the read model, with its filter columns), all as JSON by
/// System.Text.Json, into copies of the host's tables in a schema of its own (<see cref="Schema"/>). What it leaves
/// out is what the host adds around the write: authentication, Wolverine, Marten's sessions and projections.
/// Run as its own process by the benchmark program (<see cref="ChildArgument"/>), as the host is; with
/// <see cref="WithoutHistoryArgument"/> it neither reads nor writes the history, which shows what that read model costs.
/// </summary>
public static class CeilingEndpoint
{
    public const string ChildArgument = "--ceiling-endpoint", WithoutHistoryArgument = "--without-history";
    public const string Schema = "bench_ceiling";
    const string Product = DecisionsStore.Schema;

    /// <summary>The names Marten gives the stream type and the event, so the rows are the ones it writes.</summary>
    const string StreamType = "assignment_state", EventType = "report_back_received", UserName = "Mätningen";
    static readonly string DotNetType = $"{typeof(ReportBackReceived).FullName}, {typeof(ReportBackReceived).Assembly.GetName().Name}";
    static readonly string StateType = $"{typeof(AssignmentState).FullName}, {typeof(AssignmentState).Assembly.GetName().Name}";
    static readonly string HistoryType = $"{typeof(AssignmentHistory).FullName}, {typeof(AssignmentHistory).Assembly.GetName().Name}";

    /// <summary>Marten's serializer writes System.Text.Json's defaults (names as declared, enums as numbers), so the copied documents read back as they are.</summary>
    static readonly JsonSerializerOptions Documents = new();

    /// <summary>
    /// Copies the host's streams, events and assignment documents as they are now, with the same keys and indexes,
    /// so both write into tables of the same size and shape.
    /// </summary>
    public static async Task CopyTablesAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var copy = new NpgsqlCommand($"""
            drop schema if exists {Schema} cascade;
            create schema {Schema};
            create table {Schema}.streams as
              select id, type, version, timestamp, created, tenant_id, compacted_version, is_archived from {Product}.mt_streams;
            create table {Schema}.events as
              select seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, headers, user_name, is_archived
              from {Product}.mt_events;
            create table {Schema}.assignment_state as
              select id, data, mt_last_modified, mt_dotnet_type, mt_version from {Product}.mt_doc_assignmentstate;
            create table {Schema}.assignment_history as
              select id, data, mt_last_modified, mt_dotnet_type, mt_version, giving_body_id, case_id, assignee, status, given_on, confidential,
                     overdue_from, overdue_until
              from {Product}.mt_doc_assignmenthistory;

            alter table {Schema}.streams add primary key (id),
              alter timestamp set default now(), alter created set default now(), alter tenant_id set default '*DEFAULT*';
            create sequence {Schema}.events_sequence owned by {Schema}.events.seq_id;
            select setval('{Schema}.events_sequence', coalesce((select max(seq_id) from {Schema}.events), 0) + 1, false);
            alter table {Schema}.events add primary key (seq_id), add unique (stream_id, version),
              add foreign key (stream_id) references {Schema}.streams (id) on delete cascade,
              alter seq_id set default nextval('{Schema}.events_sequence'), alter tenant_id set default '*DEFAULT*';
            alter table {Schema}.assignment_state add primary key (id), alter mt_last_modified set default transaction_timestamp();
            alter table {Schema}.assignment_history add primary key (id), alter mt_last_modified set default transaction_timestamp();
            create index on {Schema}.assignment_history (giving_body_id);
            create index on {Schema}.assignment_history (case_id);
            create index on {Schema}.assignment_history (assignee);
            create index on {Schema}.assignment_history (status);
            create index on {Schema}.assignment_history (given_on);
            create index on {Schema}.assignment_history (confidential);
            create index on {Schema}.assignment_history (overdue_from);
            create index on {Schema}.assignment_history (overdue_until);
            create index on {Schema}.assignment_history using gist ({DecisionsStore.OverdueDaysSql}) where overdue_from is not null;
            analyze {Schema}.streams, {Schema}.events, {Schema}.assignment_state, {Schema}.assignment_history;
            """, connection) { CommandTimeout = 0 };
        await copy.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The child process: the one endpoint and /health on the given --urls, against DECISIONS_CONNECTION.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var withHistory = !args.Contains(WithoutHistoryArgument);
        // The rest (--urls) is the web host's configuration, which would read the flag as a key wanting a value.
        var builder = WebApplication.CreateSlimBuilder([.. args.Where(a => a != WithoutHistoryArgument)]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        var connectionString = Environment.GetEnvironmentVariable(DatabaseLocation.ConnectionEnvironmentVariable)
                               ?? throw new InvalidOperationException($"{DatabaseLocation.ConnectionEnvironmentVariable} is not set.");
        // Connected as the host connects, so neither pays for what the other was spared.
        await using var database = NpgsqlDataSource.Create(DatabaseLocation.Tuned(connectionString));

        var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapPost(CommandClient.ReportBackPath, async (ReceiveReportBack command, CancellationToken ct) =>
            await ReportBackAsync(database, command, withHistory, ct) is { } accepted ? Results.Ok(accepted) : Results.Conflict());
        await app.RunAsync();
        return 0;
    }

    /// <summary>The accepted command, or null when another writer moved the stream on between our read and our write.</summary>
    static async Task<CommandAccepted?> ReportBackAsync(NpgsqlDataSource database, ReceiveReportBack command, bool withHistory, CancellationToken ct)
    {
        Validation.For(command).ThrowIfInvalid();
        var id = command.AssignmentId;
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        long? version = null;
        AssignmentState? state = null;
        AssignmentHistory? history = null;
        await using (var read = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command($"select version from {Schema}.streams where id = $1", id),
                Command($"select data from {Schema}.assignment_state where id = $1", id),
            },
        })
        {
            if (withHistory) read.BatchCommands.Add(Command($"select data from {Schema}.assignment_history where id = $1", id));
            await using var reader = await read.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct)) version = reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            if (await reader.ReadAsync(ct)) state = JsonSerializer.Deserialize<AssignmentState>(reader.GetString(0), Documents);
            if (withHistory && await reader.NextResultAsync(ct) && await reader.ReadAsync(ct))
                history = JsonSerializer.Deserialize<AssignmentHistory>(reader.GetString(0), Documents);
        }

        var events = AssignmentDecider.Decide(state, command);
        var stored = version ?? 0;
        if (events.Count == 0) return new(id, stored, []);

        var now = DateTimeOffset.UtcNow;
        var write = new NpgsqlBatch(connection)
        {
            BatchCommands = { Command($"update {Schema}.streams set version = $2, timestamp = now() where id = $1 and version = $3", id, stored + events.Count, stored) },
        };
        await using (write)
        {
            var next = stored;
            foreach (var data in events)
            {
                next++;
                state = Evolve.Apply(state, data)!;
                if (withHistory) history = AssignmentHistory.Next(history, new Event<ReportBackReceived>((ReportBackReceived)data)
                    { StreamKey = id, Version = next, Timestamp = now, UserName = UserName });
                write.BatchCommands.Add(Command(
                    $"""
                     insert into {Schema}.events (id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, headers, user_name)
                     values ($1, $2, $3, $4, $5, $6, '*DEFAULT*', $7, $8, 'null', $9)
                     """,
                    Guid.CreateVersion7(), id, next, Json(data), EventType, now, DotNetType, Guid.NewGuid().ToString("N"), UserName));
            }
            write.BatchCommands.Add(Command(
                $"""
                 insert into {Schema}.assignment_state (id, data, mt_version, mt_dotnet_type) values ($1, $2, $3, $4)
                 on conflict (id) do update set data = excluded.data, mt_version = excluded.mt_version, mt_dotnet_type = excluded.mt_dotnet_type,
                   mt_last_modified = excluded.mt_last_modified
                 """,
                id, Json(state!), next, StateType));
            if (history is { } written)
                write.BatchCommands.Add(Command(
                    $"""
                     insert into {Schema}.assignment_history (id, data, mt_version, mt_dotnet_type, giving_body_id, case_id, assignee, status, given_on,
                       confidential, overdue_from, overdue_until)
                     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                     on conflict (id) do update set data = excluded.data, mt_version = excluded.mt_version, mt_dotnet_type = excluded.mt_dotnet_type,
                       mt_last_modified = excluded.mt_last_modified, giving_body_id = excluded.giving_body_id, case_id = excluded.case_id,
                       assignee = excluded.assignee, status = excluded.status, given_on = excluded.given_on, confidential = excluded.confidential,
                       overdue_from = excluded.overdue_from, overdue_until = excluded.overdue_until
                     """,
                    id, Json(written), next, HistoryType, written.GivingBodyId, written.CaseId, written.Assignee, (int)written.Status,
                    written.GivenOn, written.Confidential, written.OverdueFrom, written.OverdueUntil));
            await write.ExecuteNonQueryAsync(ct);
            if (write.BatchCommands[0].RecordsAffected != 1) return null;
            await transaction.CommitAsync(ct);
            return new(id, next, [.. events.Select(e => e.GetType().Name)]);
        }
    }

    static JsonParameter Json(object value) => new(JsonSerializer.Serialize(value, value.GetType(), Documents));

    sealed record JsonParameter(string Text);

    static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value is JsonParameter json
                ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json.Text }
                : new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
