using System.Globalization;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.MemberArea;

/// <summary>The conflict screen's rows: each field as the person typed it and as it is stored now.</summary>
public static class OfferingComparison
{
    public static IEnumerable<(string Label, string Mine, string Stored)> Rows(OfferingForm mine, EditedOffering stored)
    {
        var theirs = OfferingForm.From(stored);
        yield return ("Name", mine.Name ?? "", theirs.Name ?? "");
        yield return ("Beschreibung", mine.Description ?? "", theirs.Description ?? "");
        yield return ("Stand", Label(OfferingForm.Statuses, mine.Status), DirectoryLabels.Of(stored.Status));
        yield return ("Zugangsvoraussetzungen", mine.Eligibility ?? "", theirs.Eligibility ?? "");
        yield return ("Alter", Ages(mine), Ages(theirs));
        yield return ("Kosten", Cost(mine), Cost(theirs));
        yield return ("Sprachen", mine.Languages ?? "", theirs.Languages ?? "");
        yield return ("Anmeldung", mine.ApplicationProcess ?? "", theirs.ApplicationProcess ?? "");
        yield return ("Kontakt", Contact(mine), Contact(theirs));
        yield return ("Handlungsfelder", string.Join(", ", mine.ActionFields.Order()), string.Join(", ", theirs.ActionFields.Order()));
        yield return ("Zielgruppen", string.Join(", ", mine.TargetGroups.Order()), string.Join(", ", theirs.TargetGroups.Order()));
        yield return ("Orte", mine.Locations.Count.ToString(CultureInfo.InvariantCulture) + (mine.IsOnline ? " + online" : ""),
            theirs.Locations.Count.ToString(CultureInfo.InvariantCulture) + (theirs.IsOnline ? " + online" : ""));
        yield return ("Öffnungszeiten", Hours(mine), Hours(theirs));
    }

    private static string Label(IReadOnlyList<(string Value, string Label)> options, string value) => options.FirstOrDefault(o => o.Value == value).Label ?? value;

    private static string Ages(OfferingForm form) => $"{form.MinimumAge ?? "–"} bis {form.MaximumAge ?? "–"}";

    private static string Cost(OfferingForm form) =>
        string.Join(" ", new[] { Label(OfferingForm.CostKinds, form.CostKind), form.CostAmount is { Length: > 0 } a ? a + " €" : null, form.CostNote }.OfType<string>());

    private static string Contact(OfferingForm form) =>
        string.Join(", ", new[] { form.ContactName, form.Email, form.Phone, form.Website }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Hours(OfferingForm form) =>
        string.Join("; ", form.Schedules.Where(r => !r.IsEmpty).Select(r =>
            $"{Label(OfferingForm.Weekdays, r.Weekday)} {r.OpensAt}–{r.ClosesAt}{(r.ValidFrom ?? r.ValidTo) switch { null => "", _ => $" ({r.ValidFrom} bis {r.ValidTo})" }}"));
}
