namespace Labor.BuildingBlocks.Modules;

/// <summary>The region runs on Amsterdam time; schedules and dates shown to people use it.</summary>
public static class DutchTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The calendar date in the region now.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>
    /// A date a person reports for something that happened or is agreed (a start in new work): a year back, for a
    /// late report, to a year ahead, for a signed contract. Further away it is a typing error.
    /// </summary>
    public static bool WithinAYear(DateOnly? date, TimeProvider time) =>
        date is { } day && Math.Abs(day.DayNumber - Today(time).DayNumber) <= 366;

    public const string WithinAYearMessage = "The date must lie within a year before or after today.";
}
