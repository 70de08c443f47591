using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.BuildingBlocks.Messaging;

/// <summary>
/// Publishes a module's pending outbox rows through MassTransit (publisher confirms on) and marks them sent.
/// Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of hosts can dispatch the same outbox.
/// Delivery is at least once: a crash between publish and commit publishes again, and the inbox absorbs it.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        OutboxOptions settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await DispatchBatchAsync(settings, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away; the rows stay pending and the next pass tries again.
                logger.LogWarning(ex, "Outbox dispatch for {Context} failed; retrying after {Interval}", typeof(TContext).Name, settings.PollInterval);
                sent = 0;
            }

            if (sent < settings.BatchSize)
            {
                await WaitQuietlyAsync(settings.PollInterval, stoppingToken);
            }
        }
    }

    /// <returns>How many rows were published in this pass.</returns>
    internal async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        TContext db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // SKIP LOCKED: rows another host is publishing right now are left to it.
        string claim = "SELECT * FROM " + db.QualifiedTable<OutboxMessage>() + " WHERE sent_at IS NULL ORDER BY occurred_at, id LIMIT {0} FOR UPDATE SKIP LOCKED";
        List<OutboxMessage> pending = await db.Set<OutboxMessage>().FromSqlRaw(claim, settings.BatchSize).ToListAsync(cancellationToken);

        int sent = 0;
        foreach (OutboxMessage message in pending)
        {
            if (!await TryPublishAsync(message, settings.PublishTimeout, cancellationToken))
            {
                // Keep order and stop waiting on a broker that is away; the rest stay pending for the next pass.
                break;
            }

            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(timeout);
        try
        {
            Type type = Type.GetType(message.Type, throwOnError: true)!;
            object @event = JsonSerializer.Deserialize(message.Payload, type, IntegrationEvents.Json)!;
            await bus.Publish(@event, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), deadline.Token);
            message.SentAt = time.GetUtcNow();
            return true;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            logger.LogWarning(ex, "Publishing outbox message {MessageId} of type {MessageType} failed (attempt {Attempt})", message.Id, message.Type, message.Attempts);
            return false;
        }
    }

    private async Task WaitQuietlyAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(interval, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
