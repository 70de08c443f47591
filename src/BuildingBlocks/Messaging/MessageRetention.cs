using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Labor.BuildingBlocks.Messaging;

/// <summary>
/// A recurring job that deletes sent outbox rows and old inbox rows of one module. Idempotent: running it twice
/// deletes nothing the second time. Public because Hangfire activates job types by name.
/// </summary>
public sealed class MessageRetention<TContext>(TContext db, IOptions<OutboxOptions> options, TimeProvider time)
    where TContext : DbContext
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset cutoff = time.GetUtcNow() - options.Value.Retention;
        int outbox = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        int inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return outbox + inbox;
    }
}
