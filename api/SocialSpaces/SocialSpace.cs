using SozialHub.Api.Database;
using SozialHub.Api.Districts;

namespace SozialHub.Api.SocialSpaces;

/// <summary>A Sozialraum: the small area that monitoring and planning look at.</summary>
public sealed class SocialSpace : Entity
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    public int DistrictId { get; set; }

    public District District { get; set; } = null!;

    /// <summary>The outline as a GeoJSON geometry (Polygon or MultiPolygon, WGS84).</summary>
    public required string Geometry { get; set; }

    /// <summary>Inhabitants at the latest base date, as delivered with the outline.</summary>
    public int Population { get; set; }

    /// <summary>Part of the "Soziale Stadt / Sozialer Zusammenhalt" programme.</summary>
    public bool IsSocialCityArea { get; set; }
}
