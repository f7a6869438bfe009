namespace SozialHub.Identity.Accounts;

/// <summary>A lifetime as mails state it: "3 Tage", "2 Stunden", "30 Minuten".</summary>
public static class GermanDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration >= TimeSpan.FromDays(1) && duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Count((int)duration.TotalDays, "Tag", "Tage");
        }

        if (duration >= TimeSpan.FromHours(1) && duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Count((int)duration.TotalHours, "Stunde", "Stunden");
        }

        return duration < TimeSpan.FromMinutes(1)
            ? "weniger als eine Minute"
            : Count((int)Math.Ceiling(duration.TotalMinutes), "Minute", "Minuten");
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
