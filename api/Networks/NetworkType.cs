using GraphQL.Types;
using SozialHub.Api.ActionFields;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Networks;

public sealed class NetworkType : EntityGraphType<Network>, IHasListFields
{
    public NetworkType()
        : base("A Netzwerk: a Gremium or Arbeitskreis of organisations (methods.md §8).")
    {
        Field(n => n.Name).Description("Name, e.g. Arbeitskreis Jugend Roden.");
        Field(n => n.Description).Description("Description (Markdown).");
        Field(n => n.MeetingRhythm, nullable: true).Description("How often it meets, e.g. monatlich.");
        Field(n => n.UpdatedAt).Description("Time of the last change (UTC).");
        Field<OrganizationType>("coordinator").Description("The organisation that convenes it.")
            .Resolve(context => context.LoadById<Organization>(context.Source.CoordinatorId));
        Field<ActionFieldType>("actionField").Description("The action field it works in.")
            .Resolve(context => context.LoadById<ActionField>(context.Source.ActionFieldId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("members").Description("The member organisations, by name.")
            .Resolve(context => context.LoadRelated<Network, Organization, string>(context.Source.Id, n => n.Members, o => o.Name));
    }

    public static IListFields ListFields { get; } = new ListFields<Network>()
        .Field("name", n => n.Name, "Name.")
        .Reference<OrganizationType>("coordinator", n => n.CoordinatorId, "The coordinating organisation (global id).")
        .AnyReference<OrganizationType>("member", n => n.Members.Select(m => m.Id), "Its member organisations (global ids).")
        .Field("actionField", n => n.ActionField!.Key, "The action field (key).")
        .OrderByDefault("name");
}

internal sealed class NetworkQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<NetworkType, Network>("networks", "Networks (Gremien, Arbeitskreise), by name unless ordered otherwise.",
            context => context.Db().Networks);
}
