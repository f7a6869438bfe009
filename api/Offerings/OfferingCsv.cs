using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Offerings;

/// <summary>
/// Reads <c>target-groups.csv</c> (<c>key;name;description</c>) and <c>services.csv</c> (HSDS <c>service</c>, with cost,
/// contact, online, action fields and target groups in the same row).
/// </summary>
internal static class OfferingCsv
{
    public const string TargetGroupsFile = "target-groups.csv";
    public const string File = "services.csv";

    private static readonly CsvColumn[] TargetGroupColumns = [new("key", true), new("name", true), new("description", false)];

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("organization_id", true), new("name", true), new("description", false), new("status", false),
        new("email", false), new("url", false), new("eligibility_description", false), new("minimum_age", false), new("maximum_age", false),
        new("application_process", false), new("assured_date", false), new("contact_name", false), new("phone", false),
        new("online", false), new("cost", false), new("cost_amount", false), new("cost_note", false),
        new("action_fields", false), new("target_groups", false),
    ];

    /// <summary>HSDS status words, plus "ended" as the issue names it.</summary>
    private static readonly Dictionary<string, OfferingStatus> Statuses = new()
    {
        ["active"] = OfferingStatus.Active, ["inactive"] = OfferingStatus.Inactive,
        ["temporarily closed"] = OfferingStatus.TemporarilyClosed, ["defunct"] = OfferingStatus.Defunct, ["ended"] = OfferingStatus.Defunct,
    };

    private static readonly Dictionary<string, CostKind> Costs = new()
    {
        ["free"] = CostKind.Free, ["amount"] = CostKind.Amount, ["on_request"] = CostKind.OnRequest,
    };

    public static void ReadTargetGroups(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(TargetGroupsFile, TargetGroupColumns, required: false, row =>
        {
            var key = row.RequiredText("key", Limits.Key);
            var name = row.RequiredText("name", Limits.Name);
            if (key is null || name is null || records.TargetGroups.ContainsKey(key))
            {
                return; // a stored group keeps its name; the delivery only refers to it
            }

            records.TargetGroups.Add(key, new TargetGroup { Key = key, Name = name, Description = row.OptionalText("description", Limits.Message) ?? "" });
        });

    public static void Read(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(File, Columns, required: true, row =>
        {
            var id = row.Id(records.Offerings.ContainsKey);
            var offering = new Offering
            {
                Organization = row.Reference("organization_id", records.Organizations, "Die Organisation")!,
                Name = row.RequiredText("name", Limits.Name) ?? "",
                Description = row.OptionalText("description", Limits.Message) ?? "",
                Status = row.Choice("status", Statuses, OfferingStatus.Active) ?? OfferingStatus.Active,
                Email = row.OptionalText("email", Limits.Email),
                Website = row.OptionalText("url", Limits.Url),
                Eligibility = row.OptionalText("eligibility_description", Limits.Message),
                MinimumAge = row.OptionalInteger("minimum_age", 0, 120),
                MaximumAge = row.OptionalInteger("maximum_age", 0, 120),
                ApplicationProcess = row.OptionalText("application_process", Limits.Message),
                LastReviewedAt = row.Date("assured_date")?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                ContactName = row.OptionalText("contact_name", Limits.Person),
                Phone = row.OptionalText("phone", Limits.Code),
                IsOnline = row.Boolean("online") ?? false,
                CostKind = row.Choice("cost", Costs, CostKind.Free) ?? CostKind.Free,
                CostNote = row.OptionalText("cost_note", Limits.Name),
            };
            if (offering.MinimumAge > offering.MaximumAge)
            {
                row.Problem("maximum_age", "Das Höchstalter liegt unter dem Mindestalter.");
            }

            var amount = row.Number("cost_amount");
            if (offering.CostKind == CostKind.Amount && amount is not (>= 0 and < 100_000))
            {
                row.Problem("cost_amount", "Bei cost 'amount' fehlt der Betrag in EUR (0 bis 99.999).");
            }

            offering.CostAmount = offering.CostKind == CostKind.Amount && amount is not null ? Math.Round((decimal)amount.Value, 2) : null;
            offering.ActionFields.AddRange(row.References("action_fields", records.ActionFields, "Das Handlungsfeld"));
            offering.TargetGroups.AddRange(row.References("target_groups", records.TargetGroups, "Die Zielgruppe"));
            if (id is not null)
            {
                records.Offerings.Add(id, offering);
            }
        });
}
