using SozialHub.Api.Database;
using SozialHub.Api.Facilities;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Locations;

/// <summary>A place where offerings happen (HSDS <c>location</c> with its <c>address</c>).</summary>
public sealed class Location : VersionedEntity
{
    public required string Name { get; set; }

    public PostalAddress Address { get; set; } = new();

    /// <summary>WGS84, from a pin on the map or entered coordinates (no geocoding offline).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The social space the point lies in (assigned by point-in-polygon when the point is set, issue 7).</summary>
    public int? SocialSpaceId { get; set; }

    public SocialSpace? SocialSpace { get; set; }

    /// <summary>The organisation that maintains the location's data.</summary>
    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>Accessibility notes (HSDS <c>accessibility</c>), e.g. step-free entrance, lift, accessible toilet.</summary>
    public string? Accessibility { get; set; }

    public List<Offering> Offerings { get; } = [];

    public List<Facility> Facilities { get; } = [];
}
