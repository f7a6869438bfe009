using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Facilities;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Locations;

public sealed class LocationType : EntityGraphType<Location>, IHasListFields
{
    public LocationType()
        : base("A place where offerings happen and facilities are (HSDS location with its address).")
    {
        Field(l => l.Name).Description("Name of the place, e.g. Bürgerhaus Roden.");
        Field<NonNullGraphType<PostalAddressType>>("address").Description("The postal address.").Resolve(c => c.Source.Address);
        Field(l => l.Latitude, nullable: true).Description("Latitude (WGS84).");
        Field(l => l.Longitude, nullable: true).Description("Longitude (WGS84).");
        Field(l => l.Accessibility, nullable: true).Description("Accessibility notes, e.g. step-free entrance, lift.");
        Field(l => l.UpdatedAt).Description("Time of the last change (UTC).");
        Field<SocialSpaceType>("socialSpace").Description("The social space the place lies in.")
            .Resolve(context => context.LoadById<SocialSpace>(context.Source.SocialSpaceId));
        Field<OrganizationType>("organization").Description("The organisation that maintains the location's data.")
            .Resolve(context => context.LoadById<Organization>(context.Source.OrganizationId));
        Field(l => l.Version).Description("Row version: send it back with a change; a save based on an older one fails with CONFLICT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingType>>>>("offerings")
            .Description("Offerings at this place, by name; drafts only for the organisation's members and planners.")
            .Resolve(context => context.Loaders()
                .Get<int, Offering[]>("offeringsByLocation", async (ids, ct) =>
                {
                    var pairs = await context.Db().Offerings.VisibleTo(context).AsNoTracking()
                        .SelectMany(o => o.Locations, (o, l) => new { LocationId = l.Id, Offering = o })
                        .Where(p => ids.Contains(p.LocationId))
                        .ToListAsync(ct);
                    return ids.ToDictionary(id => id, id => pairs.Where(p => p.LocationId == id).Select(p => p.Offering).OrderBy(o => o.Name).ToArray());
                })
                .Load(context.Source.Id)
                .Then(offerings => offerings ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacilityType>>>>("facilities").Description("Facilities at this place, by name.")
            .Resolve(context => context.LoadChildren("facilitiesByLocation", context.Source.Id,
                ids => context.Db().Facilities.Where(f => ids.Contains(f.LocationId)).OrderBy(f => f.Name), f => f.LocationId));
    }

    public static IListFields ListFields { get; } = new ListFields<Location>()
        .Field("name", l => l.Name, "Name of the place.")
        .Field("postalCode", l => l.Address.PostalCode, "Postleitzahl.")
        .Field("city", l => l.Address.City, "City or town.")
        .Field("socialSpace", l => l.SocialSpace!.Key, "The social space (key).")
        .Field("district", l => l.SocialSpace!.District.Key, "The district (key).")
        .Reference<OrganizationType>("organization", l => l.OrganizationId, "The maintaining organisation (global id).")
        .OrderByDefault("name");
}

internal sealed class LocationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<LocationType, Location>("locations", "Places of offerings and facilities, by name unless ordered otherwise.",
            context => context.Db().Locations);
}
