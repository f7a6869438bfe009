using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.ActionFields;

public sealed class ActionFieldType : EntityGraphType<ActionField>, IHasListFields
{
    public ActionFieldType()
        : base("A Handlungsfeld: one of the fields the city steers goals and measures by.")
    {
        Field(a => a.Key).Description("Stable key, e.g. `education`.");
        Field(a => a.Name).Description("German name, e.g. Bildung & Erziehung.");
        Field(a => a.Description).Description("Description (Markdown).");
        Field(a => a.SortOrder).Description("Position in the city's list of action fields.");
        Field(a => a.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The indicators assigned to this action field (not retired), by name.")
            .Resolve(context => context.LoadChildren("indicatorsByActionField", context.Source.Id,
                ids => context.Db().Indicators
                    .Where(i => i.ActionFieldId != null && ids.Contains(i.ActionFieldId.Value) && i.RetiredAt == null)
                    .OrderBy(i => i.Name),
                i => i.ActionFieldId!.Value));
        Contributions.TargetFields.AddTo(this);
    }

    public static IListFields ListFields { get; } = new ListFields<ActionField>()
        .Field("key", a => a.Key, "Stable key.")
        .Field("name", a => a.Name, "German name.")
        .Field("sortOrder", a => a.SortOrder, "Position in the city's list.")
        .OrderByDefault("sortOrder");
}

internal sealed class ActionFieldQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<ActionFieldType, ActionField>("actionFields", "The action fields, in their order unless ordered otherwise.",
            context => context.Db().ActionFields);
        query.Field<ActionFieldType>("actionField")
            .Description("One action field by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The action field's key.")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().ActionFields.AsNoTracking().FirstOrDefaultAsync(a => a.Key == key, context.CancellationToken);
            });
    }
}
