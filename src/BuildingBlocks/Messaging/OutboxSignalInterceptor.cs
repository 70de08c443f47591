using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Labor.BuildingBlocks.Messaging;

/// <summary>Notifies the dispatcher after a commit that stored events it has not yet tried to send.</summary>
internal sealed class OutboxSignalInterceptor<TContext>(OutboxSignal<TContext> signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    /// <summary>Outside an explicit transaction, SaveChanges is the commit.</summary>
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            NotifyIfNewEvents(context);
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            NotifyIfNewEvents(context);
        }

        return Task.CompletedTask;
    }

    private void NotifyIfNewEvents(DbContext context)
    {
        if (context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity is { SentAt: null, Attempts: 0 }))
        {
            signal.Notify();
        }
    }
}
