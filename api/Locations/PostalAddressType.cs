using GraphQL.Types;

namespace SozialHub.Api.Locations;

public sealed class PostalAddressType : ObjectGraphType<PostalAddress>
{
    public PostalAddressType()
    {
        Name = "PostalAddress";
        Description = "A postal address (HSDS address).";
        Field(a => a.Street, nullable: true).Description("Street and house number.");
        Field(a => a.PostalCode, nullable: true).Description("Postleitzahl.");
        Field(a => a.City, nullable: true).Description("City or town.");
        Field(a => a.StateProvince).Description("Federal state (HSDS requires it), by default Saarland.");
        Field(a => a.Country).Description("ISO 3166-1 alpha-2 country code, by default DE.");
    }
}
