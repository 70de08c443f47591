namespace Labor.UnitTesting;

/// <summary>A clock that stands still where the test puts it, so rules about "today" give the same answer every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon in Zwolle on an ordinary weekday: far from midnight, so the Dutch date and the UTC date agree.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 3, 18, 11, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Noon)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    /// <summary>The calendar date in the region at <see cref="Now"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => Now;
}
