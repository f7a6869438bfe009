using System.Text.Json;

namespace SozialHub.Api.SocialSpaces;

/// <summary>Checks that a GeoJSON geometry is an area in WGS84 that the portal can draw.</summary>
public static class GeoJsonGeometry
{
    /// <returns>null when the geometry is a valid Polygon or MultiPolygon, else what is wrong (German).</returns>
    public static string? Check(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array)
        {
            return "Die Geometrie braucht 'type' und 'coordinates'.";
        }

        var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
        return type switch
        {
            "Polygon" => CheckPolygon(coordinates),
            "MultiPolygon" => coordinates.GetArrayLength() == 0
                ? "Das MultiPolygon ist leer."
                : coordinates.EnumerateArray().Select(CheckPolygon).FirstOrDefault(p => p is not null),
            _ => $"Der Geometrietyp '{type}' ist keine Fläche (erwartet: Polygon oder MultiPolygon).",
        };
    }

    private static string? CheckPolygon(JsonElement rings)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return "Ein Polygon braucht mindestens einen Ring.";
        }

        foreach (var ring in rings.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
            {
                return "Ein Ring braucht mindestens vier Positionen.";
            }

            var positions = ring.EnumerateArray().ToList();
            if (positions.Any(p => !IsPosition(p)))
            {
                return "Eine Position ist kein Paar aus Länge (-180..180) und Breite (-90..90).";
            }

            if (!Same(positions[0], positions[^1]))
            {
                return "Ein Ring ist nicht geschlossen (erste und letzte Position müssen gleich sein).";
            }
        }

        return null;
    }

    private static bool IsPosition(JsonElement position) =>
        position.ValueKind == JsonValueKind.Array && position.GetArrayLength() >= 2
        && position[0].TryGetDouble(out var lon) && position[1].TryGetDouble(out var lat)
        && lon is >= -180 and <= 180 && lat is >= -90 and <= 90;

    private static bool Same(JsonElement a, JsonElement b) =>
        a[0].GetDouble().Equals(b[0].GetDouble()) && a[1].GetDouble().Equals(b[1].GetDouble());
}
