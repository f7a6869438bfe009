using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Locations;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Facilities;

public sealed class FacilityType : EntityGraphType<Facility>, IHasListFields
{
    public FacilityType()
        : base("An Einrichtung: social infrastructure at a location with a kind, a capacity and an operator.")
    {
        Field(f => f.Name).Description("Name, e.g. Kita St. Ludwig.");
        Field<NonNullGraphType<EnumerationGraphType<FacilityKind>>>("kind").Description("What kind of facility it is.").Resolve(c => c.Source.Kind);
        Field(f => f.Capacity, nullable: true).Description("Places (Plätze); null when not counted in places.");
        Field(f => f.UpdatedAt).Description("Time of the last change (UTC).");
        Field(f => f.Version).Description("Row version: send it back with a change; a save based on an older one fails with CONFLICT.");
        Field<NonNullGraphType<LocationType>>("location").Description("Where it is.")
            .Resolve(context => context.LoadById<Location>(context.Source.LocationId));
        Field<OrganizationType>("operator").Description("The organisation that runs it (Träger).")
            .Resolve(context => context.LoadById<Organization>(context.Source.OperatorId));
    }

    public static IListFields ListFields { get; } = new ListFields<Facility>()
        .Field("name", f => f.Name, "Name.")
        .Field("kind", f => f.Kind, "What kind of facility it is.")
        .Field("capacity", f => f.Capacity, "Places.")
        .Reference<OrganizationType>("operator", f => f.OperatorId, "The operating organisation (global id).")
        .Reference<LocationType>("location", f => f.LocationId, "The location (global id).")
        .Field("socialSpace", f => f.Location.SocialSpace!.Key, "The social space of its location (key).")
        .Field("district", f => f.Location.SocialSpace!.District.Key, "The district of its location (key).")
        .OrderByDefault("name");
}

internal sealed class FacilityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<FacilityType, Facility>("facilities", "The facilities (Einrichtungen), by name unless ordered otherwise.",
            context => context.Db().Facilities);
}
