using System.Globalization;
using System.Text.Json;
using Labor.Host.Composition;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Labor.Host.FailedMessages;

/// <summary>
/// The error queues MassTransit parks messages in after their retries (one per consumer queue, "…_error"): listed
/// through the management API, and emptied one message at a time over AMQP. A replay publishes the message to its
/// consumer's queue with a confirm before it takes it from the error queue, so a crash in between leaves it in both
/// and the consumer's inbox handles it once (ADR 15).
/// </summary>
internal sealed class ErrorQueues(IRabbitManagement management, IOptions<RabbitMqOptions> options, ILogger<ErrorQueues> logger)
{
    private const string Suffix = "_error";
    private const int Shown = 50;

    public async Task<IReadOnlyList<FailedQueue>> ListAsync(CancellationToken cancellationToken)
    {
        var queues = new List<FailedQueue>();
        // Every error queue is looked into: the management API's message counts are sampled every few seconds.
        foreach (QueueState queue in (await management.QueuesAsync(options.Value.VirtualHost, cancellationToken))
                     .Where(q => q.Name.EndsWith(Suffix, StringComparison.Ordinal)).OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            IReadOnlyList<QueuedMessage> peeked = await management.PeekAsync(options.Value.VirtualHost, queue.Name, new PeekRequest(Shown), cancellationToken);
            if (peeked.Count > 0)
            {
                queues.Add(new FailedQueue(queue.Name, queue.Name[..^Suffix.Length], Math.Max(queue.Messages, peeked.Count), [.. peeked.Select(Describe)]));
            }
        }

        return queues;
    }

    /// <summary>Puts the message back into its consumer's queue.</summary>
    /// <returns>false when the queue is not an error queue or does not hold the message.</returns>
    public Task<bool> ReplayAsync(string queue, Guid messageId, CancellationToken cancellationToken) =>
        TakeAsync(queue, messageId, async (channel, message) =>
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?.Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            await channel.BasicPublishAsync("", queue[..^Suffix.Length], mandatory: true, properties, message.Body, cancellationToken);
            logger.LogInformation("Failed message {MessageId} replayed from {Queue}", messageId, queue);
        }, cancellationToken);

    /// <summary>Removes the message for good.</summary>
    public Task<bool> DiscardAsync(string queue, Guid messageId, CancellationToken cancellationToken) =>
        TakeAsync(queue, messageId, (_, _) =>
        {
            logger.LogInformation("Failed message {MessageId} discarded from {Queue}", messageId, queue);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Takes messages from the error queue until it meets this one, does <paramref name="withIt"/> and acknowledges it;
    /// every other message it took goes back when the channel closes unacknowledged.
    /// </summary>
    private async Task<bool> TakeAsync(string queue, Guid messageId, Func<IChannel, BasicGetResult, Task> withIt, CancellationToken cancellationToken)
    {
        if (!queue.EndsWith(Suffix, StringComparison.Ordinal) || !await IsErrorQueueAsync(queue, cancellationToken))
        {
            return false;
        }

        RabbitMqOptions rabbit = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password,
        };
        await using IConnection connection = await factory.CreateConnectionAsync(cancellationToken);
        await using IChannel channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        for (int taken = 0; taken < 10_000 && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } message; taken++)
        {
            if (Guid.TryParse(message.BasicProperties.MessageId, out Guid id) && id == messageId)
            {
                await withIt(channel, message);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private async Task<bool> IsErrorQueueAsync(string queue, CancellationToken cancellationToken) =>
        (await management.QueuesAsync(options.Value.VirtualHost, cancellationToken)).Any(q => q.Name == queue);

    private static FailedMessage Describe(QueuedMessage message)
    {
        Dictionary<string, JsonElement> headers = message.Properties.Headers ?? [];
        return new FailedMessage(
            Guid.TryParse(message.Properties.MessageId, out Guid id) ? id : Guid.Empty,
            MessageType(message.Payload),
            Text(headers, "MT-Fault-ExceptionType"),
            Text(headers, "MT-Fault-Message"),
            DateTimeOffset.TryParse(Text(headers, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at) ? at : null);
    }

    /// <summary>The envelope's first message type ("urn:message:Labor.Vacancies.Contracts:VacancyPublished" → "VacancyPublished").</summary>
    private static string MessageType(string payload)
    {
        try
        {
            using JsonDocument envelope = JsonDocument.Parse(payload);
            return envelope.RootElement.TryGetProperty("messageType", out JsonElement types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()?.Split(':')[^1] ?? "?"
                : "?";
        }
        catch (JsonException)
        {
            return "?";
        }
    }

    private static string? Text(Dictionary<string, JsonElement> headers, string name) =>
        headers.TryGetValue(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
