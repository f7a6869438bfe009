namespace SozialHub.Api.Offerings.Editing;

// The mutations' inputs as GraphQL.NET fills them from the input objects (OfferingInputTypes.cs).

/// <summary>All fields of an offering: create sends the organisation, update the id and the version it read.</summary>
public sealed class OfferingInput
{
    public string? Organization { get; set; }

    public string? Id { get; set; }

    public int? Version { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public OfferingStatus? Status { get; set; }

    public List<string>? TargetGroups { get; set; }

    public List<string>? ActionFields { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public string? Eligibility { get; set; }

    public CostKind? CostKind { get; set; }

    public double? CostAmount { get; set; }

    public string? CostNote { get; set; }

    public List<string>? Languages { get; set; }

    public string? ApplicationProcess { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public bool? IsOnline { get; set; }

    public List<string>? Locations { get; set; }

    public List<ScheduleInput>? Schedules { get; set; }
}

/// <summary>One row of opening hours.</summary>
public sealed class ScheduleInput
{
    public Weekday? Weekday { get; set; }

    public TimeOnly? OpensAt { get; set; }

    public TimeOnly? ClosesAt { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>One of the offering's locations (global id), when it has several.</summary>
    public string? Location { get; set; }

    public string? Note { get; set; }
}

/// <summary>Names an offering, with the version the client read (checked when given).</summary>
public sealed class OfferingActionInput
{
    public string? Id { get; set; }

    public int? Version { get; set; }
}
