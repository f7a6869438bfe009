namespace SozialHub.Api.Database;

/// <summary>The city's local time (Europe/Berlin): opening hours and "today" for dates people enter.</summary>
public static class CityTime
{
    public const string ZoneId = "Europe/Berlin";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime;

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time));
}
