using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Offerings;

/// <summary>German words for an offering's cost and opening hours.</summary>
public static class OfferingText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly Dictionary<string, string> Weekdays = new()
    {
        ["MONDAY"] = "Montag", ["TUESDAY"] = "Dienstag", ["WEDNESDAY"] = "Mittwoch", ["THURSDAY"] = "Donnerstag",
        ["FRIDAY"] = "Freitag", ["SATURDAY"] = "Samstag", ["SUNDAY"] = "Sonntag",
    };

    public static string Cost(OfferingCost cost) => cost.Kind switch
    {
        "FREE" => "kostenlos",
        "AMOUNT" when cost.Amount is { } amount => amount.ToString("C", German) + (cost.Note is { Length: > 0 } note ? $" ({note})" : ""),
        _ => "Kosten auf Anfrage",
    };

    public static string Weekday(string weekday) => Weekdays.GetValueOrDefault(weekday, weekday);

    /// <summary>"09:00:00" from the API as "9:00".</summary>
    public static string Time(string time) => TimeOnly.TryParse(time, CultureInfo.InvariantCulture, out var t) ? t.ToString("H:mm", German) : time;
}
