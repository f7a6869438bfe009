using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Offerings;

public sealed class TargetGroupType : EntityGraphType<TargetGroup>, IHasListFields
{
    public TargetGroupType()
        : base("A Zielgruppe offerings are for, e.g. families or seniors (an HSDS taxonomy term).")
    {
        Field(t => t.Key).Description("Stable key, e.g. `seniors`.");
        Field(t => t.Name).Description("German name, e.g. Ältere Menschen.");
        Field(t => t.Description).Description("Who belongs to the group.");
        Field(t => t.UpdatedAt).Description("Time of the last change (UTC).");
    }

    public static IListFields ListFields { get; } = new ListFields<TargetGroup>()
        .Field("key", t => t.Key, "Stable key.")
        .Field("name", t => t.Name, "German name.")
        .OrderByDefault("name");
}

internal sealed class TargetGroupQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<TargetGroupType, TargetGroup>("targetGroups", "The target groups (Zielgruppen), by name unless ordered otherwise.",
            context => context.Db().TargetGroups);
}
