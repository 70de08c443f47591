namespace Labor.BuildingBlocks.Modules;

/// <summary>The region runs on Amsterdam time; schedules and dates shown to people use it.</summary>
public static class DutchTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
