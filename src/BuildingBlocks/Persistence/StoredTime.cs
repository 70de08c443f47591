namespace Labor.BuildingBlocks.Persistence;

public static class StoredTime
{
    /// <summary>
    /// PostgreSQL keeps timestamps to the microsecond; .NET to 100 ns. Truncating before storing means the value an
    /// API answers with right after a write equals the one it reads back later.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset moment) =>
        moment.AddTicks(-(moment.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
