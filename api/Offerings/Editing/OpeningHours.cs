using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Locations;

namespace SozialHub.Api.Offerings.Editing;

/// <summary>
/// Checks the rows of opening hours (closes after opens, validity in order, no two rows of the same day and place
/// overlapping, a row's place one of the offering's) and replaces the offering's rows with them.
/// </summary>
internal static class OpeningHours
{
    public const int MaxRows = 100;

    public static void Replace(ApiDbContext db, Offering offering, List<ScheduleInput> rows, UserErrors errors)
    {
        if (rows.Count > MaxRows)
        {
            errors.Add("schedules", UserErrorCode.TooLong, $"Höchstens {MaxRows} Zeilen Öffnungszeiten, eingegeben {rows.Count}.");
            return;
        }

        var slots = new List<OfferingSchedule>();
        for (var index = 0; index < rows.Count; index++)
        {
            var slot = Read(rows[index], offering.Locations, $"schedules[{index}]", errors);
            var other = slots.FindIndex(slot.Overlaps);
            errors.InvalidIf(other >= 0, $"schedules[{index}].opensAt",
                $"Zeile {index + 1} überschneidet sich mit Zeile {other + 1} (gleicher Tag, gleicher Ort, gleicher Zeitraum).");
            slots.Add(slot);
        }

        db.OfferingSchedules.RemoveRange(offering.Schedules);
        offering.Schedules.Clear();
        offering.Schedules.AddRange(slots);
    }

    private static OfferingSchedule Read(ScheduleInput row, List<Location> locations, string field, UserErrors errors)
    {
        var slot = new OfferingSchedule
        {
            Weekday = row.Weekday ?? Weekday.Monday,
            OpensAt = row.OpensAt ?? default,
            ClosesAt = row.ClosesAt ?? default,
            ValidFrom = row.ValidFrom,
            ValidTo = row.ValidTo,
            Note = errors.Text($"{field}.note", "Die Anmerkung", row.Note, Limits.Name, required: false),
        };
        errors.InvalidIf(slot.ClosesAt <= slot.OpensAt, $"{field}.closesAt", "Die Schließzeit muss nach der Öffnungszeit liegen.");
        errors.InvalidIf(slot.ValidFrom > slot.ValidTo, $"{field}.validTo", "„Gültig bis“ liegt vor „Gültig ab“.");
        if (row.Location is { } location)
        {
            slot.Location = GlobalId.TryDecode(location, out var type, out var id) && type == nameof(Location)
                ? locations.FirstOrDefault(l => l.Id == id)
                : null;
            errors.InvalidIf(slot.Location is null, $"{field}.location", "Der Ort der Zeile ist keiner der Orte des Angebots.");
        }

        return slot;
    }
}
