using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Labor.Host.FailedMessages;

/// <summary>The part of RabbitMQ's management HTTP API that lists queues and looks at messages without taking them.</summary>
internal interface IRabbitManagement
{
    [Get("/api/queues/{virtualHost}")]
    Task<IReadOnlyList<QueueState>> QueuesAsync(string virtualHost, CancellationToken cancellationToken);

    /// <summary>Reads messages and puts them back where they were (<c>ack_requeue_true</c>).</summary>
    [Post("/api/queues/{virtualHost}/{queue}/get")]
    Task<IReadOnlyList<QueuedMessage>> PeekAsync(string virtualHost, string queue, [Body] PeekRequest request, CancellationToken cancellationToken);
}

internal sealed record QueueState(string Name, int Messages);

/// <param name="Truncate">Enough for the envelope's message type; the message itself is not shown (it may hold personal data).</param>
internal sealed record PeekRequest(
    int Count,
    [property: JsonPropertyName("ackmode")] string AckMode = "ack_requeue_true",
    string Encoding = "auto",
    int Truncate = 50_000);

internal sealed record QueuedMessage(string Payload, QueuedMessageProperties Properties);

internal sealed record QueuedMessageProperties(
    [property: JsonPropertyName("message_id")] string? MessageId,
    Dictionary<string, JsonElement>? Headers);
