using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Labor.BuildingBlocks.Messaging;

public static class IntegrationEvents
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages an integration event in the module's outbox. It is written by the same SaveChanges as the
    /// state change, so either both are stored or neither is; the dispatcher publishes it afterwards.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent @event, DateTimeOffset occurredAt)
        where TEvent : class
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(occurredAt),
            Type = TypeName(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(@event, Json),
            OccurredAt = occurredAt,
        });
    }

    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
