using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Networks;

/// <summary>Reads <c>networks.csv</c> (our extension): a Gremium or Arbeitskreis with coordinator, action field and members.</summary>
internal static class NetworkCsv
{
    public const string File = "networks.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("name", true), new("description", false), new("coordinator_id", false), new("action_field", false),
        new("meeting_rhythm", false), new("member_ids", false),
    ];

    public static void Read(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(File, Columns, required: false, row =>
        {
            var id = row.Id(records.OtherIds.Contains);
            var name = row.RequiredText("name", Limits.Name);
            if (name is not null && (records.StoredNetworkNames.Contains(name) || records.Networks.Any(n => n.Name == name)))
            {
                row.Problem("name", $"Ein Netzwerk mit dem Namen '{name}' gibt es bereits.");
            }

            var network = new Network
            {
                Name = name ?? "",
                Description = row.OptionalText("description", Limits.Message) ?? "",
                Coordinator = row.Reference("coordinator_id", records.Organizations, "Die Organisation", required: false),
                ActionField = row.Reference("action_field", records.ActionFields, "Das Handlungsfeld", required: false),
                MeetingRhythm = row.OptionalText("meeting_rhythm", Limits.Name),
            };
            network.Members.AddRange(row.References("member_ids", records.Organizations, "Die Organisation").Distinct());
            if (id is not null)
            {
                records.OtherIds.Add(id);
                records.Networks.Add(network);
            }
        });
}
