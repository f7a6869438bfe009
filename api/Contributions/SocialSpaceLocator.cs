using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;

namespace SozialHub.Api.Contributions;

/// <summary>Finds the social space a point lies in, by point-in-polygon over the stored GeoJSON outlines.</summary>
public static class SocialSpaceLocator
{
    /// <returns>The social space's id, or null when the point lies in none (outside the city).</returns>
    public static async Task<int?> LocateAsync(ApiDbContext db, double latitude, double longitude, CancellationToken cancellationToken)
    {
        var spaces = await db.SocialSpaces.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Geometry }).ToListAsync(cancellationToken);
        return spaces.FirstOrDefault(s => Contains(s.Geometry, longitude, latitude))?.Id;
    }

    /// <summary>Whether a GeoJSON Polygon or MultiPolygon contains the point (GeoJSON order: x = longitude, y = latitude).</summary>
    public static bool Contains(string geometry, double x, double y)
    {
        using var document = JsonDocument.Parse(geometry);
        var root = document.RootElement;
        var coordinates = root.GetProperty("coordinates");
        return root.GetProperty("type").GetString() switch
        {
            "Polygon" => PolygonContains(coordinates, x, y),
            "MultiPolygon" => coordinates.EnumerateArray().Any(polygon => PolygonContains(polygon, x, y)),
            _ => false,
        };
    }

    // Inside the outer ring and in none of the holes.
    private static bool PolygonContains(JsonElement rings, double x, double y)
    {
        var inside = false;
        var index = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            var inRing = RingContains(ring, x, y);
            if (index++ == 0)
            {
                inside = inRing;
            }
            else if (inRing)
            {
                return false;
            }
        }

        return inside;
    }

    // Ray casting: count crossings of a ray from the point towards +x.
    private static bool RingContains(JsonElement ring, double x, double y)
    {
        var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        var inside = false;
        for (int i = 0, j = points.Count - 1; i < points.Count; j = i++)
        {
            var (a, b) = (points[i], points[j]);
            if ((a.Y > y) != (b.Y > y) && x < ((b.X - a.X) * (y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
