using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Locations;

/// <summary>
/// Reads <c>locations.csv</c>: HSDS <c>location</c> with its address and accessibility in the same row, and the key of the
/// social space the point lies in (the delivery states it, so the import needs no point-in-polygon).
/// </summary>
internal static class LocationCsv
{
    public const string File = "locations.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("organization_id", false), new("location_type", false), new("name", true), new("description", false),
        new("latitude", false), new("longitude", false), new("address_1", false), new("postal_code", false), new("city", false),
        new("state_province", false), new("country", false), new("accessibility", false), new("social_space", false),
    ];

    public static void Read(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(File, Columns, required: true, row =>
        {
            var id = row.Id(records.Locations.ContainsKey);
            if (row.Text("location_type") is not ("" or "physical"))
            {
                row.Problem("location_type", "Nur Orte mit Adresse (physical) werden importiert; Online-Angebote kennzeichnet services.csv (online).");
            }

            var latitude = Coordinate(row, "latitude", 90);
            var longitude = Coordinate(row, "longitude", 180);
            var location = new Location
            {
                Name = row.RequiredText("name", Limits.Name) ?? "",
                Organization = row.Reference("organization_id", records.Organizations, "Die Organisation", required: false),
                Latitude = latitude,
                Longitude = longitude,
                SocialSpace = row.Reference("social_space", records.SocialSpaces, "Der Sozialraum", required: false),
                Accessibility = row.OptionalText("accessibility", Limits.Message),
                Address = new PostalAddress
                {
                    Street = row.OptionalText("address_1", Limits.Street),
                    PostalCode = row.OptionalText("postal_code", Limits.PostalCode),
                    City = row.OptionalText("city", Limits.City),
                    StateProvince = row.OptionalText("state_province", Limits.City) ?? PostalAddress.DefaultStateProvince,
                    Country = row.OptionalText("country", Limits.Country) ?? PostalAddress.DefaultCountry,
                },
            };
            if (id is not null)
            {
                records.Locations.Add(id, location);
            }
        });

    /// <summary>A place needs its point: there is no geocoding offline, and the map and the Sozialraum depend on it.</summary>
    private static double? Coordinate(CsvRow row, string column, double limit)
    {
        var value = row.Number(column);
        if (row.Text(column).Length == 0)
        {
            row.Problem(column, "Der Ort hat keine Koordinaten (latitude und longitude, WGS 84).");
        }
        else if (value is { } number && Math.Abs(number) > limit)
        {
            row.Problem(column, $"'{row.Text(column)}' liegt nicht zwischen -{limit} und {limit}.");
        }

        return value;
    }
}
