using MassTransit;

namespace Labor.IntegrationTests;

/// <summary>Counts how often the host's consumers finished or failed with a message of interest.</summary>
internal sealed class ConsumptionObserver<T>(Func<ConsumeContext<T>, bool> ofInterest) : IConsumeMessageObserver<T>
    where T : class
{
    private int _consumed;
    private int _faulted;

    public int Consumed => Volatile.Read(ref _consumed);

    public int Faulted => Volatile.Read(ref _faulted);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        if (ofInterest(context))
        {
            Interlocked.Increment(ref _consumed);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception)
    {
        if (ofInterest(context))
        {
            Interlocked.Increment(ref _faulted);
        }

        return Task.CompletedTask;
    }
}
