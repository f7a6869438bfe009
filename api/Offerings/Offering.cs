using System.ComponentModel;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Locations;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Offerings;

/// <summary>An Angebot: what an organisation offers people (HSDS <c>service</c>).</summary>
public sealed class Offering : VersionedEntity
{
    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public OfferingStatus Status { get; set; } = OfferingStatus.Active;

    /// <summary>Only published offerings are public (GraphQL for others than the organisation's members, HSDS).</summary>
    public Publication Publication { get; set; } = Publication.Published;

    /// <summary>Who may use the offering (HSDS <c>eligibility_description</c>).</summary>
    public string? Eligibility { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public CostKind CostKind { get; set; } = CostKind.Free;

    /// <summary>In EUR, when <see cref="CostKind"/> is <see cref="CostKind.Amount"/> (HSDS <c>cost_options</c>).</summary>
    public decimal? CostAmount { get; set; }

    /// <summary>What the amount covers, or reductions, e.g. "je Termin, ermäßigt 2 €".</summary>
    public string? CostNote { get; set; }

    public string? ApplicationProcess { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    /// <summary>When an editor last confirmed the entry (HSDS <c>assured_date</c>); reminders after 12 months.</summary>
    public DateTime? LastReviewedAt { get; set; }

    /// <summary>Also (or only) online or by phone (HSDS virtual location).</summary>
    public bool IsOnline { get; set; }

    public List<ActionField> ActionFields { get; } = [];

    public List<TargetGroup> TargetGroups { get; } = [];

    /// <summary>Where it takes place (HSDS <c>service_at_location</c>).</summary>
    public List<Location> Locations { get; } = [];

    public List<OfferingLanguage> Languages { get; } = [];

    public List<OfferingSchedule> Schedules { get; } = [];
}

/// <summary>A language the offering is available in (HSDS <c>language</c>), as an ISO 639-1 code, e.g. "de", "tr".</summary>
public sealed class OfferingLanguage
{
    public int OfferingId { get; set; }

    public required string Code { get; set; }
}

[Description("Whether an offering takes place (HSDS service status).")]
public enum OfferingStatus
{
    [Description("Takes place.")]
    Active,

    [Description("Paused, e.g. until new funding.")]
    Inactive,

    [Description("Closed for a while, e.g. during holidays or renovation.")]
    TemporarilyClosed,

    [Description("Ended for good.")]
    Defunct,
}

[Description("Whether an offering is public: drafts and offerings in review are seen only by the organisation's members and planners.")]
public enum Publication
{
    // First, so that imported offerings (which name no state) are published.
    [Description("Public.")]
    Published,

    [Description("Being written; not public.")]
    Draft,

    [Description("Published by an editor of an organisation that requires review; public once a planner approves.")]
    InReview,
}

[Description("What an offering costs (HSDS cost_options).")]
public enum CostKind
{
    [Description("Free of charge.")]
    Free,

    [Description("A fixed amount in EUR.")]
    Amount,

    [Description("On request.")]
    OnRequest,
}
