using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Labor.BuildingBlocks.Messaging;

internal static class Inbox
{
    /// <summary>
    /// Runs <paramref name="effect"/> and records the message in the inbox in one transaction, unless this
    /// consumer has already handled the message, in which case nothing happens. A concurrent duplicate waits
    /// on the inbox key until the first commits, then finds it and does nothing.
    /// </summary>
    /// <returns>false when the message had been handled before.</returns>
    public static async Task<bool> HandleOnceAsync(
        this DbContext db, ConsumeContext message, string consumer, DateTimeOffset now, Func<CancellationToken, Task> effect)
    {
        Guid messageId = message.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
        CancellationToken cancellationToken = message.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The table name comes from the EF model, never from input; the values are parameters.
        string insert = "INSERT INTO " + db.QualifiedTable<InboxMessage>() + " (message_id, consumer, processed_at) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
        int inserted = await db.Database.ExecuteSqlRawAsync(insert, [messageId, consumer, now], cancellationToken);
        if (inserted == 0)
        {
            return false;
        }

        await effect(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
