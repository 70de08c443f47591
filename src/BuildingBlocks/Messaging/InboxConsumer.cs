using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Labor.BuildingBlocks.Messaging;

/// <summary>
/// The one shape of a consumer: one class per event it hears, whose effect runs once per message, in one transaction
/// with the message's inbox row (ADR 2), so a redelivery does nothing. The inbox knows the consumer by its class name.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db => db;

    protected TimeProvider Time => time;

    public Task Consume(ConsumeContext<TMessage> context) =>
        db.HandleOnceAsync(context, GetType().Name, time.GetUtcNow(), cancellationToken => HandleAsync(context.Message, cancellationToken));

    /// <summary>The effect; saved with the inbox row after it returns.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
