using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Testing;

public partial class LaborHost
{
    /// <summary>Puts a message in an error queue, as MassTransit does after a consumer's retries; returns its message id.</summary>
    public async Task<Guid> ParkFailedMessageAsync<T>(T message, string errorQueue)
        where T : class
    {
        Guid messageId = NewId.NextGuid();
        ISendEndpoint errors = await Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{errorQueue}"));
        await errors.Send(message, context => context.MessageId = messageId);
        return messageId;
    }
}
