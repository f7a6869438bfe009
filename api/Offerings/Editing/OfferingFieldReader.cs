using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Locations;

namespace SozialHub.Api.Offerings.Editing;

/// <summary>Checks an offering's input field by field (German messages naming the field) and copies it onto the offering.</summary>
public sealed class OfferingFieldReader(ApiDbContext db)
{
    private const double MaxCost = 100_000;

    public async Task ApplyAsync(Offering offering, OfferingInput input, UserErrors errors, CancellationToken ct)
    {
        offering.Name = errors.Text("name", "Der Name", input.Name, Limits.Name) ?? "";
        offering.Description = errors.Text("description", "Die Beschreibung", input.Description, OfferingEditor.MaxDescriptionLength, required: false) ?? "";
        offering.Status = input.Status ?? OfferingStatus.Active;
        offering.Eligibility = errors.Text("eligibility", "Die Zugangsvoraussetzung", input.Eligibility, Limits.Message, required: false);
        offering.ApplicationProcess = errors.Text("applicationProcess", "Der Weg zur Teilnahme", input.ApplicationProcess, Limits.Message, required: false);
        offering.ContactName = errors.Text("contactName", "Die Kontaktperson", input.ContactName, Limits.Person, required: false);
        offering.Phone = errors.Text("phone", "Die Telefonnummer", input.Phone, Limits.Code, required: false);
        offering.Email = errors.Text("email", "Die E-Mail-Adresse", input.Email, Limits.Email, required: false);
        errors.InvalidIf(offering.Email is { } email && !MailAddress.TryCreate(email, out _), "email", "Die E-Mail-Adresse ist ungültig, z. B. info@beispiel.de.");
        offering.Website = errors.Text("website", "Die Webadresse", input.Website, Limits.Url, required: false);
        errors.InvalidIf(offering.Website is { } website && !IsWebAddress(website), "website", "Die Webadresse muss mit http:// oder https:// beginnen.");
        offering.IsOnline = input.IsOnline ?? false;
        Ages(offering, input, errors);
        Cost(offering, input, errors);
        Languages(offering, input.Languages ?? [], errors);
        var fieldKeys = Distinct(input.ActionFields);
        var fields = await db.ActionFields.Where(a => fieldKeys.Contains(a.Key)).ToListAsync(ct);
        Missing(fieldKeys, fields.Select(a => a.Key), "actionFields", "Das Handlungsfeld", errors);
        Replace(offering.ActionFields, fields);
        var groupKeys = Distinct(input.TargetGroups);
        var groups = await db.TargetGroups.Where(t => groupKeys.Contains(t.Key)).ToListAsync(ct);
        Missing(groupKeys, groups.Select(t => t.Key), "targetGroups", "Die Zielgruppe", errors);
        Replace(offering.TargetGroups, groups);
        Replace(offering.Locations, await LocationsAsync(offering, input.Locations ?? [], errors, ct));
        errors.InvalidIf(offering.Locations.Count == 0 && !offering.IsOnline, "locations", "Bitte mindestens einen Ort angeben oder „online“ wählen.");
        OpeningHours.Replace(db, offering, input.Schedules ?? [], errors);
    }

    private static void Ages(Offering offering, OfferingInput input, UserErrors errors)
    {
        (offering.MinimumAge, offering.MaximumAge) = (input.MinimumAge, input.MaximumAge);
        errors.InvalidIf(input.MinimumAge is < 0 or > OfferingEditor.MaxAge, "minimumAge", $"Das Mindestalter muss zwischen 0 und {OfferingEditor.MaxAge} Jahren liegen.");
        errors.InvalidIf(input.MaximumAge is < 0 or > OfferingEditor.MaxAge, "maximumAge", $"Das Höchstalter muss zwischen 0 und {OfferingEditor.MaxAge} Jahren liegen.");
        errors.InvalidIf(input.MinimumAge > input.MaximumAge, "maximumAge", "Das Höchstalter liegt unter dem Mindestalter.");
    }

    private static void Cost(Offering offering, OfferingInput input, UserErrors errors)
    {
        offering.CostKind = input.CostKind ?? CostKind.Free;
        offering.CostNote = errors.Text("costNote", "Der Hinweis zu den Kosten", input.CostNote, Limits.Name, required: false);
        offering.CostAmount = input.CostAmount is { } amount && double.IsFinite(amount) && amount is > 0 and <= MaxCost ? Math.Round((decimal)amount, 2) : null;
        if (offering.CostKind == CostKind.Amount)
        {
            errors.InvalidIf(offering.CostAmount is null, "costAmount", $"Bitte einen Betrag in Euro angeben (mehr als 0, höchstens {MaxCost:N0} €).");
        }
        else
        {
            errors.InvalidIf(input.CostAmount is not null, "costAmount", "Ein Betrag passt nur zur Kostenart „Betrag“.");
        }
    }

    private static void Languages(Offering offering, List<string> codes, UserErrors errors)
    {
        var wanted = codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (code, index) in wanted.Select((c, i) => (c, i)))
        {
            errors.InvalidIf(code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower), $"languages[{index}]",
                $"„{Clip(code)}“ ist kein Sprachcode nach ISO 639 (z. B. de, tr).");
        }

        offering.Languages.RemoveAll(l => !wanted.Contains(l.Code));
        offering.Languages.AddRange(wanted.Where(c => offering.Languages.All(l => l.Code != c)).Select(c => new OfferingLanguage { Code = c }));
    }

    private static List<string> Distinct(List<string>? keys) => [.. (keys ?? []).Distinct(StringComparer.Ordinal)];

    private static void Missing(List<string> wanted, IEnumerable<string> found, string field, string label, UserErrors errors)
    {
        var known = found.ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < wanted.Count; index++)
        {
            if (!known.Contains(wanted[index]))
            {
                errors.Add($"{field}[{index}]", UserErrorCode.NotFound, $"{label} „{Clip(wanted[index])}“ gibt es nicht.");
            }
        }
    }

    // The offering's organisation's places, and the places it is at already (an imported offering may use another's).
    private async Task<List<Location>> LocationsAsync(Offering offering, List<string> ids, UserErrors errors, CancellationToken ct)
    {
        var decoded = ids.Select(id => GlobalId.TryDecode(id, out var type, out var value) && type == nameof(Location) ? value : (int?)null).ToList();
        var numbers = decoded.OfType<int>().ToList();
        var current = offering.Locations.Select(l => l.Id).ToList();
        var found = await db.Locations.Where(l => numbers.Contains(l.Id) && (l.OrganizationId == offering.OrganizationId || current.Contains(l.Id))).ToListAsync(ct);
        for (var index = 0; index < decoded.Count; index++)
        {
            errors.NotFoundIf(found.All(l => l.Id != decoded[index]), $"locations[{index}]", "Diesen Ort gibt es bei Ihrer Organisation nicht.");
        }

        return found;
    }

    private static void Replace<T>(List<T> current, List<T> wanted)
    {
        current.RemoveAll(item => !wanted.Contains(item));
        current.AddRange(wanted.Where(item => !current.Contains(item)));
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
