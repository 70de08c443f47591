namespace Labor.Testing;

/// <summary>Waits for a condition instead of sleeping: polls until it holds or the timeout passes.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, string what)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        T last = await probe();
        while (!condition(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last value: {last}");
            }

            await Task.Delay(100);
            last = await probe();
        }

        return last;
    }

    public static Task TrueAsync(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        ReturnsAsync(probe, ok => ok, timeout, what);
}
