using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.ActionFields;

public sealed class ActionFieldType : ObjectGraphType<ActionField>
{
    public ActionFieldType()
    {
        Name = "ActionField";
        Description = "A Handlungsfeld: one of the fields the city steers goals and measures by.";
        Field(a => a.Key).Description("Stable key, e.g. `education`.");
        Field(a => a.Name).Description("German name, e.g. Bildung & Erziehung.");
        Field(a => a.Description).Description("Description (Markdown).");
        Field(a => a.SortOrder);
        Field(a => a.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The indicators assigned to this action field.")
            .Resolve(context => context.Loaders()
                .Get<int, Indicator[]>("indicatorsByActionField", (ids, ct) => context.Db().Indicators
                    .Where(i => i.ActionFieldId != null && ids.Contains(i.ActionFieldId.Value) && i.RetiredAt == null)
                    .OrderBy(i => i.Name)
                    .GroupByParentAsync(i => i.ActionFieldId!.Value, ids, ct))
                .Load(context.Source.Id));
    }
}

internal sealed class ActionFieldQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionFieldType>>>>("actionFields")
            .Description("The action fields in their order.")
            .ResolveAsync(async context => await context.Db().ActionFields.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(context.CancellationToken));
        query.Field<ActionFieldType>("actionField")
            .Description("One action field by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().ActionFields.AsNoTracking().FirstOrDefaultAsync(a => a.Key == key, context.CancellationToken);
            });
    }
}
