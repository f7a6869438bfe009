using System.ComponentModel;
using SozialHub.Api.Database;
using SozialHub.Api.Locations;

namespace SozialHub.Api.Offerings;

/// <summary>
/// One weekly opening slot of an offering (HSDS <c>schedule</c> with <c>freq</c> WEEKLY and one <c>byday</c>), in
/// Europe/Berlin local time. Validation and the editor (no overlaps, closes after opens) come with issue 7.
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
