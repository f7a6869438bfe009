using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Facilities;

/// <summary>Reads <c>facilities.csv</c>: an Einrichtung at a location, with its kind, capacity in places and operator.</summary>
internal static class FacilityCsv
{
    public const string File = "facilities.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("location_id", true), new("organization_id", false), new("name", true), new("kind", true), new("capacity", false),
    ];

    public static void Read(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(File, Columns, required: false, row =>
        {
            var id = row.Id(records.OtherIds.Contains);
            var facility = new Facility
            {
                Name = row.RequiredText("name", Limits.Name) ?? "",
                Location = row.Reference("location_id", records.Locations, "Der Ort")!,
                Operator = row.Reference("organization_id", records.Organizations, "Die Organisation", required: false),
                Kind = row.Member<FacilityKind>("kind") ?? FacilityKind.Other,
                Capacity = row.OptionalInteger("capacity", 0, 100_000),
            };
            if (id is not null)
            {
                records.OtherIds.Add(id);
                records.Facilities.Add(facility);
            }
        });
}
