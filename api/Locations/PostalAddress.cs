using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Locations;

/// <summary>A postal address (HSDS <c>address</c>); stored in the columns of its owner (an EF complex type).</summary>
public sealed class PostalAddress
{
    public const string DefaultStateProvince = "Saarland";
    public const string DefaultCountry = "DE";

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>HSDS requires it; the city's data are in Saarland.</summary>
    public string StateProvince { get; set; } = DefaultStateProvince;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = DefaultCountry;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City);

    internal static void Configure(ComplexPropertyBuilder<PostalAddress> address)
    {
        address.Property(a => a.Street).HasMaxLength(Limits.Street);
        address.Property(a => a.PostalCode).HasMaxLength(Limits.PostalCode);
        address.Property(a => a.City).HasMaxLength(Limits.City);
        address.Property(a => a.StateProvince).HasMaxLength(Limits.City);
        address.Property(a => a.Country).HasMaxLength(Limits.Country);
    }
}
