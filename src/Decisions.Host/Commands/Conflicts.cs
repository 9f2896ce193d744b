using JasperFx;
using JasperFx.Events;
using ExistingStreamIdCollisionException = Marten.Exceptions.ExistingStreamIdCollisionException;
using Marten.Exceptions;
using Npgsql;

namespace Decisions.Commands;

public static class Conflicts
{
    /// <summary>
    /// Another transaction wrote first: a stale stream version, a stream both started at once (the same body,
    /// case or document imported concurrently), or (rarely, when two transactions lock the same keys in opposite
    /// orders) a deadlock PostgreSQL broke by aborting this one. Nothing of it was written; a retry can work.
    /// </summary>
    public static bool IsConflict(Exception e) => e switch
    {
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException or StaleVersion => true,
        ExistingStreamIdCollisionException => true,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected } => true,
        MartenCommandException { InnerException: { } inner } => IsConflict(inner),
        _ => false,
    };
}
