using System.ComponentModel;
using SozialHub.Api.Database;
using SozialHub.Api.Locations;

namespace SozialHub.Api.Offerings;

/// <summary>
/// One weekly opening slot of an offering (HSDS <c>schedule</c> with <c>freq</c> WEEKLY and one <c>byday</c>), in
/// Europe/Berlin local time.
/// </summary>
public sealed class OfferingSchedule : Entity
{
    public const string TimeZone = "Europe/Berlin";

    public int OfferingId { get; set; }

    /// <summary>Where this slot takes place, when the offering has several locations.</summary>
    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public Weekday Weekday { get; set; }

    public TimeOnly OpensAt { get; set; }

    public TimeOnly ClosesAt { get; set; }

    /// <summary>First day the slot applies (for exceptions and holidays); open-ended when null.</summary>
    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string? Note { get; set; }

    /// <summary>Both slots apply at the same time: same day and place, overlapping hours and validity.</summary>
    public bool Overlaps(OfferingSchedule other) =>
        Weekday == other.Weekday && Location == other.Location && LocationId == other.LocationId
        && OpensAt < other.ClosesAt && other.OpensAt < ClosesAt
        && (ValidFrom ?? DateOnly.MinValue) <= (other.ValidTo ?? DateOnly.MaxValue)
        && (other.ValidFrom ?? DateOnly.MinValue) <= (ValidTo ?? DateOnly.MaxValue);
}

[Description("A day of the week (HSDS byday codes in brackets).")]
public enum Weekday
{
    [Description("Montag (MO).")]
    Monday,

    [Description("Dienstag (TU).")]
    Tuesday,

    [Description("Mittwoch (WE).")]
    Wednesday,

    [Description("Donnerstag (TH).")]
    Thursday,

    [Description("Freitag (FR).")]
    Friday,

    [Description("Samstag (SA).")]
    Saturday,

    [Description("Sonntag (SU).")]
    Sunday,
}
