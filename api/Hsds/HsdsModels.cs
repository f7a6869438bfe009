using System.Text.Json.Serialization;

namespace SozialHub.Api.Hsds;

// The HSDS 3.1 objects SozialHub serves, named after the schema; serialised snake_case, nulls left out.

public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record HsdsService(
    string Id, string OrganizationId, string Name, string Description, string Status, string? Url, string? Email,
    string? EligibilityDescription, int? MinimumAge, int? MaximumAge, string? ApplicationProcess, string? FeesDescription,
    string? AssuredDate, string LastModified, HsdsOrganization? Organization)
{
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }

    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }

    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }

    public IReadOnlyList<HsdsCostOption>? CostOptions { get; init; }

    public IReadOnlyList<HsdsContact>? Contacts { get; init; }

    public IReadOnlyList<HsdsPhone>? Phones { get; init; }

    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
}

public sealed record HsdsOrganization(
    string Id, string Name, string Description, string? Email, string? Website, string? LegalStatus, string? ParentOrganizationId)
{
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }

    public IReadOnlyList<HsdsLocation>? Locations { get; init; }
}

public sealed record HsdsLocation(
    string Id, string LocationType, string? OrganizationId, string Name, double? Latitude, double? Longitude,
    IReadOnlyList<HsdsAddress> Addresses, IReadOnlyList<HsdsAccessibility> Accessibility);

public sealed record HsdsAddress(
    string Id, string LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record HsdsAccessibility(string Id, string LocationId, string Description);

public sealed record HsdsServiceAtLocation(string Id, string ServiceId, string LocationId, HsdsLocation? Location, HsdsService? Service);

/// <summary>A weekly slot; times are local to Europe/Berlin (HSDS' timezone is a fixed UTC offset, which a summer-time city lacks).</summary>
public sealed record HsdsSchedule(
    string Id, string ServiceId, string? LocationId, string Freq, string Byday, string OpensAt, string ClosesAt,
    string? ValidFrom, string? ValidTo, string Description, string? Notes);

public sealed record HsdsLanguage(string Id, string ServiceId, string Code);

public sealed record HsdsCostOption(string Id, string ServiceId, string Currency, decimal? Amount, string Option, string? AmountDescription);

public sealed record HsdsContact(string Id, string ServiceId, string Name, string? Email);

public sealed record HsdsPhone(string Id, string Number, string? ServiceId, string? OrganizationId);

public sealed record HsdsAttribute(string Id, string LinkId, string LinkType, string LinkEntity, string TaxonomyTermId, HsdsTaxonomyTerm TaxonomyTerm);

public sealed record HsdsTaxonomy(string Id, string Name, string Description, string Version);

public sealed record HsdsTaxonomyTerm(string Id, string Code, string Name, string Description, string TaxonomyId, string Taxonomy, string Language);
