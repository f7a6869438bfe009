using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// Reads <c>cooperations.csv</c> (no HSDS object; our extension): two organisations, form, intensity, formality, action
/// fields and the dates each side confirmed it on. Only a cooperation both sides confirmed is public.
/// </summary>
internal static class CooperationCsv
{
    public const string File = "cooperations.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("id", true), new("proposer_id", true), new("partner_id", true), new("form", true), new("intensity", true), new("formality", true),
        new("action_fields", false), new("since", false), new("until", false), new("description", false),
        new("proposer_confirmed", false), new("partner_confirmed", false),
    ];

    public static void Read(DirectoryFiles files, DirectoryRecords records) =>
        files.Read(File, Columns, required: false, row =>
        {
            var id = row.Id(records.OtherIds.Contains);
            var proposer = row.Reference("proposer_id", records.Organizations, "Die Organisation");
            var partner = row.Reference("partner_id", records.Organizations, "Die Organisation");
            if (proposer is not null && proposer == partner)
            {
                row.Problem("partner_id", "Eine Organisation kann nicht mit sich selbst kooperieren.");
            }

            var cooperation = new Cooperation
            {
                Proposer = proposer!,
                Partner = partner!,
                Form = row.Member<CooperationForm>("form") ?? default,
                Intensity = row.Integer("intensity", 1, 3) ?? 1,
                Formality = row.Member<Formality>("formality") ?? default,
                Since = row.Date("since"),
                Until = row.Date("until"),
                Description = row.OptionalText("description", Limits.Message) ?? "",
                ProposerConfirmedAt = Utc(row.Date("proposer_confirmed")),
                PartnerConfirmedAt = Utc(row.Date("partner_confirmed")),
            };
            cooperation.ActionFields.AddRange(row.References("action_fields", records.ActionFields, "Das Handlungsfeld"));
            if (cooperation.Since > cooperation.Until)
            {
                row.Problem("until", "Das Ende liegt vor dem Beginn.");
            }

            if (id is not null)
            {
                records.OtherIds.Add(id);
                records.Cooperations.Add(cooperation);
            }
        });

    private static DateTime? Utc(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
