using SozialHub.Api.Imports;

namespace SozialHub.Api.Organizations;

/// <summary>Reads <c>organizations.csv</c> (HSDS <c>organization</c>, plus phone and register number).</summary>
internal static class OrganizationCsv
{
    public const string File = "organizations.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("name", true), new("description", false), new("email", false), new("website", false),
        new("phone", false), new("legal_status", false), new("parent_organization_id", false), new("organization_identifier", false),
    ];

    public static void Read(DirectoryFiles files, DirectoryRecords records)
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var parents = new List<(CsvRow Row, Organization Organization)>();
        files.Read(File, Columns, required: true, row =>
        {
            var id = row.Id(records.Organizations.ContainsKey);
            var name = row.RequiredText("name", Limits.Name);
            if (name is not null && names.TryGetValue(name, out var line))
            {
                row.Problem("name", $"Die Organisation '{name}' steht schon in Zeile {line}.");
            }
            else if (name is not null && records.StoredOrganizationNames.Contains(name))
            {
                row.Problem("name", $"Eine Organisation mit dem Namen '{name}' gibt es bereits.");
            }

            var organization = new Organization
            {
                Name = name ?? "",
                Description = row.OptionalText("description", Limits.Message) ?? "",
                Email = row.OptionalText("email", Limits.Email),
                Website = row.OptionalText("website", Limits.Url),
                Phone = row.OptionalText("phone", Limits.Code),
                LegalStatus = row.OptionalText("legal_status", Limits.Code),
                RegisterNumber = row.OptionalText("organization_identifier", Limits.Code),
            };
            if (id is not null && name is not null)
            {
                names.TryAdd(name, row.Line);
                records.Organizations.Add(id, organization);
                parents.Add((row, organization));
            }
        },
        atEnd: () =>
        {
            // Parents may come later in the file.
            foreach (var (row, organization) in parents)
            {
                organization.ParentOrganization = row.Reference("parent_organization_id", records.Organizations, "Die Organisation", required: false);
            }
        });
    }
}
