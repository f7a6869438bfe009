using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Districts;
using SozialHub.Api.Imports;

namespace SozialHub.Api.SocialSpaces;

/// <summary>
/// Imports social spaces and their districts from a GeoJSON FeatureCollection (RFC 7946, WGS84). Each
/// feature's properties: key, name, districtKey, districtName, population, socialCityArea. Existing
/// spaces are updated by key; spaces missing from the file stay.
/// </summary>
public sealed partial class SocialSpaceImporter(ApiDbContext db, TimeProvider time)
{
    public async Task<ImportBatch> ImportAsync(Stream geoJson, ImportRequest request, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems(request.FileName);
        var features = Parse(await ReadJsonAsync(geoJson, request.FileName, cancellationToken), problems);
        problems.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Key, cancellationToken);
        var spaces = await db.SocialSpaces.ToDictionaryAsync(s => s.Key, cancellationToken);
        var batch = request.StartBatch(ImportKind.SocialSpaces, time.GetUtcNow().UtcDateTime);
        batch.RowCount = features.Count;
        foreach (var feature in features)
        {
            if (!districts.TryGetValue(feature.DistrictKey, out var district))
            {
                district = new District { Key = feature.DistrictKey, Name = feature.DistrictName };
                districts.Add(district.Key, district);
                db.Districts.Add(district);
            }

            district.Name = feature.DistrictName;
            if (!spaces.TryGetValue(feature.Key, out var space))
            {
                space = new SocialSpace { Key = feature.Key, Name = feature.Name, Geometry = feature.Geometry };
                db.SocialSpaces.Add(space);
                batch.InsertedCount++;
            }
            else if (space.Name == feature.Name && space.Geometry == feature.Geometry && space.Population == feature.Population
                     && space.IsSocialCityArea == feature.IsSocialCityArea && district.Id != 0 && space.DistrictId == district.Id)
            {
                batch.UnchangedCount++;
                continue;
            }
            else
            {
                batch.UpdatedCount++;
            }

            space.Name = feature.Name;
            space.Geometry = feature.Geometry;
            space.Population = feature.Population;
            space.IsSocialCityArea = feature.IsSocialCityArea;
            space.District = district;
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch;
    }

    private static async Task<JsonDocument> ReadJsonAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(stream, default, cancellationToken);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            throw new ImportException(new ImportProblem(fileName, line, column, null, "Die Datei ist kein gültiges JSON."));
        }
    }

    private static List<FeatureRow> Parse(JsonDocument document, ImportProblems problems)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection"
            || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            problems.Add(0, 0, "type", "Erwartet wird eine GeoJSON-FeatureCollection mit 'features'.");
            return [];
        }

        var rows = new List<FeatureRow>();
        var keys = new HashSet<string>();
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            var row = ParseFeature(feature, $"features[{index}]", problems);
            if (row is not null && !keys.Add(row.Key))
            {
                problems.Add(0, 0, $"features[{index}].properties.key", $"Der Schlüssel '{row.Key}' kommt mehrfach vor.");
            }
            else if (row is not null)
            {
                rows.Add(row);
            }

            index++;
        }

        if (index == 0)
        {
            problems.Add(0, 0, "features", "Die Datei enthält keine Sozialräume.");
        }

        return rows;
    }

    private static FeatureRow? ParseFeature(JsonElement feature, string path, ImportProblems problems)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            problems.Add(0, 0, path, "Ein Feature braucht ein Objekt 'properties'.");
            return null;
        }

        var key = Text(properties, "key");
        var name = Text(properties, "name");
        var districtKey = Text(properties, "districtKey");
        var districtName = Text(properties, "districtName");
        var ok = CheckKey(key, $"{path}.properties.key", problems)
                 & CheckName(name, $"{path}.properties.name", problems)
                 & CheckKey(districtKey, $"{path}.properties.districtKey", problems)
                 & CheckName(districtName, $"{path}.properties.districtName", problems);

        var population = 0;
        if (!properties.TryGetProperty("population", out var populationElement) || !populationElement.TryGetInt32(out population) || population < 0)
        {
            problems.Add(0, 0, $"{path}.properties.population", "Die Einwohnerzahl muss eine ganze Zahl ab 0 sein.");
            ok = false;
        }

        var socialCityArea = properties.TryGetProperty("socialCityArea", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            problems.Add(0, 0, $"{path}.properties.socialCityArea", "Erwartet wird true oder false.");
            ok = false;
        }

        var geometryProblem = feature.TryGetProperty("geometry", out var geometry) ? GeoJsonGeometry.Check(geometry) : "Die Geometrie fehlt.";
        if (geometryProblem is not null)
        {
            problems.Add(0, 0, $"{path}.geometry", geometryProblem);
            ok = false;
        }

        return ok ? new FeatureRow(key!, name!, districtKey!, districtName!, population, socialCityArea, geometry.GetRawText()) : null;
    }

    private static bool CheckKey(string? key, string path, ImportProblems problems)
    {
        if (key is not null && key.Length <= Limits.Key && KeyPattern().IsMatch(key))
        {
            return true;
        }

        problems.Add(0, 0, path, $"'{key}' ist kein gültiger Schlüssel (Kleinbuchstaben, Ziffern, Bindestrich, Unterstrich).");
        return false;
    }

    private static bool CheckName(string? name, string path, ImportProblems problems)
    {
        if (!string.IsNullOrWhiteSpace(name) && name.Length <= Limits.Name)
        {
            return true;
        }

        problems.Add(0, 0, path, $"Der Name fehlt oder ist länger als {Limits.Name} Zeichen.");
        return false;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    internal static partial Regex KeyPattern();

    private sealed record FeatureRow(
        string Key, string Name, string DistrictKey, string DistrictName, int Population, bool IsSocialCityArea, string Geometry);
}
