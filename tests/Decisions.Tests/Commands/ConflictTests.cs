using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Commands;

public class ConflictTests
{
    [Fact]
    public async Task Two_transactions_starting_the_same_stream_are_a_conflict_a_retry_can_resolve_not_an_error()
    {
        await using var register = await Register.CreateAsync(nameof(ConflictTests));
        var bodyId = StreamIds.Body("Valnämnden");
        var registered = new BodyRegistered(bodyId, "Valnämnden", BodyKind.Namnd, null, new DateOnly(2024, 1, 1));
        await using var first = register.Store.LightweightSession();
        await using var second = register.Store.LightweightSession();
        first.Events.StartStream(bodyId, registered);
        second.Events.StartStream(bodyId, registered);
        await first.SaveChangesAsync();

        var thrown = await Should.ThrowAsync<Exception>(() => second.SaveChangesAsync());
        Conflicts.IsConflict(thrown).ShouldBeTrue(thrown.GetType().FullName);
    }
}
