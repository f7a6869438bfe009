using System.Globalization;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Locations;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Hsds;

/// <summary>Our records as HSDS 3.1 objects (standards.md: the SozialHub ↔ HSDS table).</summary>
public static class HsdsMapping
{
    public const string Version = "3.1";
    private const int TargetGroupBit = 1 << 23;

    public static readonly HsdsTaxonomy ActionFields = new(
        HsdsIds.For(HsdsKind.Taxonomy, 1), "Handlungsfelder", "Die Handlungsfelder der integrierten Sozialplanung der Stadt.", "1");

    public static readonly HsdsTaxonomy TargetGroups = new(
        HsdsIds.For(HsdsKind.Taxonomy, 2), "Zielgruppen", "Für wen ein Angebot gedacht ist.", "1");

    public static HsdsService Service(Offering o, HsdsOrganization? organization) => new(
        HsdsIds.For(HsdsKind.Service, o.Id), HsdsIds.For(HsdsKind.Organization, o.OrganizationId), o.Name, o.Description, Status(o.Status),
        Uri(o.Website), o.Email, o.Eligibility, o.MinimumAge, o.MaximumAge, o.ApplicationProcess, o.CostNote,
        o.LastReviewedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Time(o.UpdatedAt), organization);

    public static HsdsOrganization Organization(Organization o) => new(
        HsdsIds.For(HsdsKind.Organization, o.Id), o.Name, o.Description, o.Email, Uri(o.Website), o.LegalStatus,
        o.ParentOrganizationId is { } parent ? HsdsIds.For(HsdsKind.Organization, parent) : null);

    public static HsdsPhone? OrganizationPhone(Organization o) =>
        o.Phone is null ? null : new(HsdsIds.For(HsdsKind.Phone, o.Id, 1), o.Phone, null, HsdsIds.For(HsdsKind.Organization, o.Id));

    public static HsdsLocation Location(Location l)
    {
        var id = HsdsIds.For(HsdsKind.Location, l.Id);
        var a = l.Address;
        HsdsAddress[] addresses = a is { Street: { } street, City: { } city, PostalCode: { } postalCode }
            ? [new(HsdsIds.For(HsdsKind.Address, l.Id), id, street, city, a.StateProvince, postalCode, a.Country, "physical")]
            : [];
        HsdsAccessibility[] accessibility = l.Accessibility is { } notes ? [new(HsdsIds.For(HsdsKind.Accessibility, l.Id), id, notes)] : [];
        return new(id, "physical", l.OrganizationId is { } organization ? HsdsIds.For(HsdsKind.Organization, organization) : null,
            l.Name, l.Latitude, l.Longitude, addresses, accessibility);
    }

    public static HsdsServiceAtLocation ServiceAtLocation(int offeringId, Location location, HsdsService? service) => new(
        HsdsIds.For(HsdsKind.ServiceAtLocation, offeringId, location.Id), HsdsIds.For(HsdsKind.Service, offeringId),
        HsdsIds.For(HsdsKind.Location, location.Id), Location(location), service);

    public static HsdsSchedule Schedule(OfferingSchedule s) => new(
        HsdsIds.For(HsdsKind.Schedule, s.Id), HsdsIds.For(HsdsKind.Service, s.OfferingId),
        s.LocationId is { } location ? HsdsIds.For(HsdsKind.Location, location) : null,
        "WEEKLY", Byday(s.Weekday), Clock(s.OpensAt), Clock(s.ClosesAt), Day(s.ValidFrom), Day(s.ValidTo),
        $"{Clock(s.OpensAt)}–{Clock(s.ClosesAt)} Uhr ({OfferingSchedule.TimeZone})", s.Note);

    public static HsdsLanguage Language(int offeringId, string code, int index) =>
        new(HsdsIds.For(HsdsKind.Language, offeringId, index), HsdsIds.For(HsdsKind.Service, offeringId), code);

    public static HsdsCostOption Cost(Offering o) => new(
        HsdsIds.For(HsdsKind.CostOption, o.Id), HsdsIds.For(HsdsKind.Service, o.Id), "EUR",
        o.CostKind switch { CostKind.Free => 0m, CostKind.Amount => o.CostAmount, _ => null },
        o.CostKind switch { CostKind.Free => "kostenlos", CostKind.Amount => "Betrag", _ => "auf Anfrage" }, o.CostNote);

    public static HsdsTaxonomyTerm Term(ActionField a) => new(
        HsdsIds.For(HsdsKind.ActionFieldTerm, a.Id), a.Key, a.Name, a.Name, ActionFields.Id, ActionFields.Name, "de");

    public static HsdsTaxonomyTerm Term(TargetGroup t) => new(
        HsdsIds.For(HsdsKind.TargetGroupTerm, t.Id), t.Key, t.Name, t.Description, TargetGroups.Id, TargetGroups.Name, "de");

    public static HsdsAttribute Attribute(int offeringId, HsdsTaxonomyTerm term, bool targetGroup)
    {
        HsdsIds.TryRead(term.Id, out _, out var termId, out _);
        return new(HsdsIds.For(HsdsKind.Attribute, offeringId, termId | (targetGroup ? TargetGroupBit : 0)),
            HsdsIds.For(HsdsKind.Service, offeringId), "service", "service", term.Id, term);
    }

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Status(OfferingStatus status) => status switch
    {
        OfferingStatus.Active => "active",
        OfferingStatus.Inactive => "inactive",
        OfferingStatus.TemporarilyClosed => "temporarily closed",
        _ => "defunct",
    };

    private static string Byday(Weekday day) => day.ToString()[..2].ToUpperInvariant();

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>HSDS wants absolute URIs; a web address without scheme is given as https.</summary>
    private static string? Uri(string? address) =>
        address is null ? null
        : System.Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString()
        : System.Uri.TryCreate("https://" + address, UriKind.Absolute, out uri) ? uri.ToString() : null;
}
