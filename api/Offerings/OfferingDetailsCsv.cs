using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Offerings;

/// <summary>Reads what HSDS keeps beside a service: <c>service_at_locations.csv</c>, <c>schedules.csv</c>, <c>languages.csv</c>.</summary>
internal static class OfferingDetailsCsv
{
    public const string AtLocationsFile = "service_at_locations.csv";
    public const string SchedulesFile = "schedules.csv";
    public const string LanguagesFile = "languages.csv";

    private static readonly CsvColumn[] AtLocationColumns = [new("id", false), new("service_id", true), new("location_id", true)];

    private static readonly CsvColumn[] ScheduleColumns =
    [
        new("id", false), new("service_id", true), new("location_id", false), new("freq", false), new("byday", true),
        new("opens_at", true), new("closes_at", true), new("valid_from", false), new("valid_to", false), new("notes", false),
    ];

    private static readonly CsvColumn[] LanguageColumns = [new("id", false), new("service_id", true), new("code", true)];

    private static readonly Dictionary<string, Weekday> Days = new()
    {
        ["MO"] = Weekday.Monday, ["TU"] = Weekday.Tuesday, ["WE"] = Weekday.Wednesday, ["TH"] = Weekday.Thursday,
        ["FR"] = Weekday.Friday, ["SA"] = Weekday.Saturday, ["SU"] = Weekday.Sunday,
    };

    public static void Read(DirectoryFiles files, DirectoryRecords records)
    {
        files.Read(AtLocationsFile, AtLocationColumns, required: false, row =>
        {
            var offering = row.Reference("service_id", records.Offerings, "Das Angebot");
            var location = row.Reference("location_id", records.Locations, "Der Ort");
            if (offering is not null && location is not null && !offering.Locations.Contains(location))
            {
                offering.Locations.Add(location);
            }
        });
        files.Read(SchedulesFile, ScheduleColumns, required: false, row =>
        {
            if (row.Text("freq") is not ("" or "WEEKLY"))
            {
                row.Problem("freq", "Nur wöchentliche Zeiten (WEEKLY) werden importiert.");
            }

            var offering = row.Reference("service_id", records.Offerings, "Das Angebot");
            var slot = new OfferingSchedule
            {
                Location = row.Reference("location_id", records.Locations, "Der Ort", required: false),
                Weekday = row.Choice("byday", Days) ?? default,
                OpensAt = row.Time("opens_at") ?? default,
                ClosesAt = row.Time("closes_at") ?? default,
                ValidFrom = row.Date("valid_from"),
                ValidTo = row.Date("valid_to"),
                Note = row.OptionalText("notes", Limits.Name),
            };
            if (slot.ClosesAt <= slot.OpensAt)
            {
                row.Problem("closes_at", "Das Angebot schließt nicht nach der Öffnung.");
            }
            else if (slot.ValidFrom > slot.ValidTo)
            {
                row.Problem("valid_to", "Das Ende der Gültigkeit liegt vor ihrem Beginn.");
            }
            else if (offering?.Schedules.FirstOrDefault(slot.Overlaps) is { } other)
            {
                row.Problem("opens_at", $"Die Zeit überschneidet sich mit {other.OpensAt:HH\\:mm}–{other.ClosesAt:HH\\:mm} am selben Tag.");
            }

            offering?.Schedules.Add(slot);
        });
        files.Read(LanguagesFile, LanguageColumns, required: false, row =>
        {
            var offering = row.Reference("service_id", records.Offerings, "Das Angebot");
            var code = row.RequiredText("code", Limits.Code);
            if (code is not null && (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower)))
            {
                row.Problem("code", $"'{code}' ist kein Sprachcode nach ISO 639 (z. B. de, tr).");
            }
            else if (code is not null && offering is not null && offering.Languages.All(l => l.Code != code))
            {
                offering.Languages.Add(new OfferingLanguage { Code = code });
            }
        });
    }
}
