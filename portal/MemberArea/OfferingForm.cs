using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.MemberArea;

/// <summary>The offering editor's fields as typed (bound from the form, kept when the API refuses them).</summary>
public sealed class OfferingForm
{
    /// <summary>Empty rows of opening hours the form offers besides the filled ones (no JavaScript needed to add rows).</summary>
    public const int SpareRows = 2;

    public static readonly IReadOnlyList<(string Value, string Label)> Weekdays =
    [
        ("MONDAY", "Montag"), ("TUESDAY", "Dienstag"), ("WEDNESDAY", "Mittwoch"), ("THURSDAY", "Donnerstag"),
        ("FRIDAY", "Freitag"), ("SATURDAY", "Samstag"), ("SUNDAY", "Sonntag"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
        [("ACTIVE", "findet statt"), ("INACTIVE", "pausiert"), ("TEMPORARILY_CLOSED", "vorübergehend geschlossen"), ("DEFUNCT", "eingestellt")];

    public static readonly IReadOnlyList<(string Value, string Label)> CostKinds = [("FREE", "kostenlos"), ("AMOUNT", "Betrag in Euro"), ("ON_REQUEST", "auf Anfrage")];

    public string? Id { get; set; }

    public int? Version { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Name { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Description { get; set; }

    public string Status { get; set; } = "ACTIVE";

    public string? Eligibility { get; set; }

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public string CostKind { get; set; } = "FREE";

    public string? CostAmount { get; set; }

    public string? CostNote { get; set; }

    /// <summary>ISO 639 codes separated by commas, e.g. "de, tr".</summary>
    public string? Languages { get; set; }

    public string? ApplicationProcess { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public bool IsOnline { get; set; }

    public List<string> ActionFields { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Locations { get; set; } = [];

    public List<ScheduleRow> Schedules { get; set; } = [];

    public static OfferingForm From(EditedOffering offering) => new()
    {
        Id = offering.Id,
        Version = offering.Version,
        Name = offering.Name,
        Description = offering.Description,
        Status = Statuses.First(s => s.Value == ApiName(offering.Status.ToString())).Value,
        Eligibility = offering.Eligibility,
        MinimumAge = offering.MinimumAge?.ToString(CultureInfo.InvariantCulture),
        MaximumAge = offering.MaximumAge?.ToString(CultureInfo.InvariantCulture),
        CostKind = offering.Cost.Kind,
        CostAmount = offering.Cost.Amount?.ToString("0.##", CultureInfo.GetCultureInfo("de-DE")),
        CostNote = offering.Cost.Note,
        Languages = string.Join(", ", offering.Languages),
        ApplicationProcess = offering.ApplicationProcess,
        ContactName = offering.ContactName,
        Email = offering.Email,
        Phone = offering.Phone,
        Website = offering.Website,
        IsOnline = offering.IsOnline,
        ActionFields = [.. offering.ActionFields.Select(a => a.Key)],
        TargetGroups = [.. offering.TargetGroups.Select(t => t.Key)],
        Locations = [.. offering.Locations.Select(l => l.Id)],
        Schedules = [.. offering.Schedules.Select(s => new ScheduleRow
        {
            Weekday = s.Weekday, OpensAt = s.OpensAt[..5], ClosesAt = s.ClosesAt[..5], ValidFrom = s.ValidFrom, ValidTo = s.ValidTo,
            Note = s.Note, Location = s.Location?.Id,
        })],
    };

    /// <summary>The filled rows and spare empty ones, as the form shows them.</summary>
    public IReadOnlyList<ScheduleRow> RowsToShow() => [.. Schedules, .. Enumerable.Range(0, SpareRows).Select(_ => new ScheduleRow())];

    /// <summary>
    /// As the API's offering input (without id and organisation); rows left empty are not sent, so
    /// <paramref name="rowOf"/> maps the index of a row sent to the row shown, for the messages.
    /// </summary>
    public Dictionary<string, object?> ToInput(FormErrors errors, out List<int> rowOf)
    {
        var filled = Schedules.Select((row, index) => (row, index)).Where(r => !r.row.IsEmpty).ToList();
        rowOf = [.. filled.Select(r => r.index)];
        var minimumAge = errors.WholeNumber("minimumAge", "Das Mindestalter", MinimumAge);
        var maximumAge = errors.WholeNumber("maximumAge", "Das Höchstalter", MaximumAge);
        var amount = errors.Number("costAmount", "Der Betrag", CostAmount);
        foreach (var (row, index) in filled)
        {
            row.Check(errors, $"schedules[{index}]");
        }

        return new Dictionary<string, object?>
        {
            ["name"] = Name ?? "",
            ["description"] = Description,
            ["status"] = Status,
            ["eligibility"] = Eligibility,
            ["minimumAge"] = minimumAge,
            ["maximumAge"] = maximumAge,
            ["costKind"] = CostKind,
            ["costAmount"] = amount,
            ["costNote"] = CostNote,
            ["languages"] = (Languages ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ["applicationProcess"] = ApplicationProcess,
            ["contactName"] = ContactName,
            ["email"] = Email,
            ["phone"] = Phone,
            ["website"] = Website,
            ["isOnline"] = IsOnline,
            ["actionFields"] = ActionFields,
            ["targetGroups"] = TargetGroups,
            ["locations"] = Locations,
            ["schedules"] = filled.Select(r => r.row.ToInput()).ToList(),
        };
    }

    private static string ApiName(string member) =>
        string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

/// <summary>One row of opening hours as typed: times as HH:mm (input type=time), dates as yyyy-MM-dd (input type=date).</summary>
public sealed class ScheduleRow
{
    public string Weekday { get; set; } = "MONDAY";

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? Location { get; set; }

    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(OpensAt) && string.IsNullOrWhiteSpace(ClosesAt);

    public void Check(FormErrors errors, string field)
    {
        if (!TimeOnly.TryParseExact(OpensAt ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{field}.opensAt", "Bitte die Öffnungszeit als Uhrzeit angeben, z. B. 09:00.");
        }

        if (!TimeOnly.TryParseExact(ClosesAt ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{field}.closesAt", "Bitte die Schließzeit als Uhrzeit angeben, z. B. 12:00.");
        }

        foreach (var (value, name, label) in new[] { (ValidFrom, "validFrom", "„Gültig ab“"), (ValidTo, "validTo", "„Gültig bis“") })
        {
            if (!string.IsNullOrWhiteSpace(value) && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{field}.{name}", $"{label} ist kein Datum.");
            }
        }
    }

    public object ToInput() => new
    {
        weekday = Weekday,
        opensAt = OpensAt + ":00",
        closesAt = ClosesAt + ":00",
        validFrom = string.IsNullOrWhiteSpace(ValidFrom) ? null : ValidFrom,
        validTo = string.IsNullOrWhiteSpace(ValidTo) ? null : ValidTo,
        location = string.IsNullOrWhiteSpace(Location) ? null : Location,
        note = string.IsNullOrWhiteSpace(Note) ? null : Note,
    };
}
