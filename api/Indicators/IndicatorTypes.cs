using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.ActionFields;
using SozialHub.Api.GraphQL;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Indicators;

public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "An entry of the indicator catalogue (methods.md §1).";
        Field(i => i.Key).Description("Stable key, e.g. `sgb2_share`.");
        Field(i => i.Name).Description("German name.");
        Field(i => i.Definition).Description("Definition (Markdown).");
        Field<NonNullGraphType<EnumerationGraphType<IndicatorUnit>>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("unitLabel").Description("The unit as the portal shows it, e.g. `je 1.000`.")
            .Resolve(c => c.Source.Unit.Label());
        Field<NonNullGraphType<EnumerationGraphType<Polarity>>>("polarity").Resolve(c => c.Source.Polarity);
        Field(i => i.Source).Description("Who delivers the numbers.");
        Field<NonNullGraphType<EnumerationGraphType<SpatialLevel>>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<EnumerationGraphType<Periodicity>>>("periodicity").Resolve(c => c.Source.Periodicity);
        Field(i => i.IsRate).Description("A rate: numerator ÷ denominator × scale.");
        Field(i => i.NumeratorLabel, nullable: true).Description("What a rate's numerator counts.");
        Field(i => i.DenominatorLabel, nullable: true).Description("What a rate's denominator counts.");
        Field(i => i.Scale).Description("1 for counts, 100 for %, 1000 for per 1,000.");
        Field(i => i.SuppressionThreshold).Description("Counts below this are not published; 0 = no suppression.");
        Field(i => i.InStatusIndex).Description("One of the status indicators of the social index.");
        Field(i => i.RetiredAt, nullable: true).Description("When the indicator was retired; it keeps its history.");
        Field(i => i.UpdatedAt).Description("Time of the last change (UTC).");
        Field<ActionFieldType>("actionField")
            .Resolve(context => context.Source.ActionFieldId is { } id
                ? context.Loaders().Get<int, ActionField>("actionFieldById", async (ids, ct) => await context.Db().ActionFields.AsNoTracking()
                    .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct)).Load(id)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("values")
            .Description("The indicator's values, by social space and year.")
            .Argument<StringGraphType>("socialSpace", "Only this social space (key).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context =>
            {
                var filter = ValueFilter.From(context, socialSpaceKey: context.GetArgument<string?>("socialSpace"));
                return context.Loaders()
                    .Get<int, IndicatorValue[]>($"valuesByIndicator:{filter}", (ids, ct) => filter.Apply(context.Db().IndicatorValues)
                        .Where(v => ids.Contains(v.IndicatorId))
                        .OrderBy(v => v.SocialSpaceId).ThenBy(v => v.Year)
                        .GroupByParentAsync(v => v.IndicatorId, ids, ct))
                    .Load(context.Source.Id);
            });
    }
}

public sealed class IndicatorValueType : ObjectGraphType<IndicatorValue>
{
    public IndicatorValueType()
    {
        Name = "IndicatorValue";
        Description = "The value of an indicator for one social space and year (at 31 December).";
        Field(v => v.Year);
        Field(v => v.Value).Description("The count, or for a rate numerator ÷ denominator × scale.");
        Field(v => v.Numerator, nullable: true);
        Field(v => v.Denominator, nullable: true);
        Field(v => v.IsProvisional).Description("Provisional until the source delivers final numbers.");
        Field(v => v.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<SocialSpaceType>>("socialSpace")
            .Resolve(context => context.Loaders()
                .Get<int, SocialSpace>("socialSpaceById", async (ids, ct) => await context.Db().SocialSpaces.AsNoTracking()
                    .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct))
                .Load(context.Source.SocialSpaceId));
        Field<NonNullGraphType<IndicatorType>>("indicator")
            .Resolve(context => context.Loaders()
                .Get<int, Indicator>("indicatorById", async (ids, ct) => await context.Db().Indicators.AsNoTracking()
                    .Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct))
                .Load(context.Source.IndicatorId));
    }
}

internal sealed class IndicatorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The indicator catalogue, by name; retired indicators only when asked for.")
            .Argument<BooleanGraphType>("includeRetired", "Also retired indicators.")
            .ResolveAsync(async context =>
            {
                var indicators = context.Db().Indicators.AsNoTracking();
                if (context.GetArgument<bool?>("includeRetired") != true)
                {
                    indicators = indicators.Where(i => i.RetiredAt == null);
                }

                return await indicators.OrderBy(i => i.Name).ToListAsync(context.CancellationToken);
            });
        query.Field<IndicatorType>("indicator")
            .Description("One indicator by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Key == key, context.CancellationToken);
            });
    }
}
