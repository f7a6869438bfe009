using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Analytics;
using SozialHub.Api.Authorization;
using SozialHub.Api.ActionFields;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Imports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Indicators;

public sealed class IndicatorType : EntityGraphType<Indicator>, IHasListFields
{
    public IndicatorType()
        : base("An entry of the indicator catalogue (methods.md §1).")
    {
        Field(i => i.Key).Description("Stable key, e.g. `sgb2_share`.");
        Field(i => i.Name).Description("German name.");
        Field(i => i.Definition).Description("Definition (Markdown).");
        Field<NonNullGraphType<EnumerationGraphType<IndicatorUnit>>>("unit").Description("The unit of the values.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("unitLabel").Description("The unit as the portal shows it, e.g. `je 1.000`.")
            .Resolve(c => c.Source.Unit.Label());
        Field<NonNullGraphType<EnumerationGraphType<Polarity>>>("polarity").Description("Which direction means more burden.")
            .Resolve(c => c.Source.Polarity);
        Field(i => i.Source).Description("Who delivers the numbers.");
        Field<NonNullGraphType<EnumerationGraphType<SpatialLevel>>>("level").Description("The level the values are delivered for.")
            .Resolve(c => c.Source.Level);
        Field<NonNullGraphType<EnumerationGraphType<Periodicity>>>("periodicity").Description("How often values are delivered.")
            .Resolve(c => c.Source.Periodicity);
        Field(i => i.IsRate).Description("A rate: numerator ÷ denominator × scale.");
        Field(i => i.NumeratorLabel, nullable: true).Description("What a rate's numerator counts.");
        Field(i => i.DenominatorLabel, nullable: true).Description("What a rate's denominator counts.");
        Field(i => i.Scale).Description("1 for counts, 100 for %, 1000 for per 1,000.");
        Field(i => i.SuppressionThreshold).Description("Counts below this are not published; 0 = no suppression.");
        Field(i => i.InStatusIndex).Description("One of the status indicators of the social index.");
        Field(i => i.RetiredAt, nullable: true).Description("When the indicator was retired; it keeps its history.");
        Field(i => i.UpdatedAt).Description("Time of the last change (UTC).");
        Field<ActionFieldType>("actionField").Description("The action field the indicator belongs to.")
            .Resolve(context => context.LoadById<ActionField>(context.Source.ActionFieldId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("values")
            .Description("The indicator's values, by social space and year.")
            .Argument<StringGraphType>("socialSpace", "Only this social space (key).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context =>
            {
                var space = context.GetArgument<string?>("socialSpace");
                var filter = ValueFilter.From(context, socialSpaceKey: space);
                var db = context.Db();
                // One space's values come with the rest of its district, for secondary suppression (methods.md §3).
                return context.LoadValues($"valuesByIndicator:{filter}", context.Source.Id,
                    ids =>
                    {
                        var values = (filter with { SocialSpaceKey = null }).Apply(db.IndicatorValues).Where(v => ids.Contains(v.IndicatorId));
                        return space is null ? values
                            : values.Where(v => db.SocialSpaces.Where(s => s.Key == space).Select(s => s.DistrictId).Contains(v.SocialSpace.DistrictId));
                    },
                    row => space is null || row.SpaceKey == space, v => v.IndicatorId, values => values.OrderBy(v => v.SocialSpaceId).ThenBy(v => v.Year));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateValueType>>>>("cityValues")
            .Description("The city value per year, aggregated from all social spaces (methods.md §1: rates as sums of numerators over sums of denominators).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context => IndicatorAggregates.OfCity(context, context.GetArgument<int?>("fromYear"), context.GetArgument<int?>("toYear")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateValueType>>>>("districtValues")
            .Description("The value for one district per year, aggregated from its social spaces (as `cityValues`).")
            .Argument<NonNullGraphType<StringGraphType>>("district", "The district (key).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context => IndicatorAggregates.OfIndicatorInDistrict(
                context, context.GetArgument<string>("district"), context.GetArgument<int?>("fromYear"), context.GetArgument<int?>("toYear")));
        this.AddAnalyticsFields();
    }

    public static IListFields ListFields { get; } = new ListFields<Indicator>()
        .Field("key", i => i.Key, "Stable key.")
        .Field("name", i => i.Name, "German name.")
        .Field("unit", i => i.Unit, "The unit of the values.")
        .Field("polarity", i => i.Polarity, "Which direction means more burden.")
        .Field("actionField", i => i.ActionField!.Key, "The action field (key).")
        .Field("source", i => i.Source, "Who delivers the numbers.")
        .Field("isRate", i => i.DenominatorLabel != null, "A rate with numerator and denominator.", sortable: false)
        .Field("inStatusIndex", i => i.InStatusIndex, "One of the status indicators of the social index.", sortable: false)
        .Field("retiredAt", i => i.RetiredAt, "When the indicator was retired.")
        .OrderByDefault("name");
}

public sealed class IndicatorValueType : EntityGraphType<IndicatorValue>, IHasListFields
{
    public IndicatorValueType()
        : base("The value of an indicator for one social space and year (at 31 December), with its provenance.")
    {
        Field(v => v.Year).Description("The year; the value is as of 31 December.");
        Field<FloatGraphType>("value").Description("The count, or for a rate numerator ÷ denominator × scale; null when suppressed for the caller.")
            .Resolve(context => context.Disclosed(v => v.Value));
        Field<FloatGraphType>("numerator").Description("A rate's numerator count, when delivered; null when suppressed for the caller.")
            .Resolve(context => context.Disclosed(v => v.Numerator));
        Field<FloatGraphType>("denominator").Description("A rate's denominator count, when delivered; null when suppressed for the caller.")
            .Resolve(context => context.Disclosed(v => v.Denominator));
        Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description("Value, numerator and denominator are withheld from this caller: small numbers (methods.md §3); shown as •.")
            .Resolve(context => context.SuppressionOf().Then(r => r != SuppressionReason.None && !context.Analytics().SeesConfidential(context.User)));
        Field<NonNullGraphType<BooleanGraphType>>("confidential")
            .Description("Small-number suppression applies: planners see the value, marked confidential; the public does not.")
            .Resolve(context => context.SuppressionOf().Then(r => r != SuppressionReason.None));
        Field(v => v.IsProvisional).Description("Provisional until the source delivers final numbers.");
        Field(v => v.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<SocialSpaceType>>("socialSpace").Description("The social space the value is for.")
            .Resolve(context => context.LoadById<SocialSpace>(context.Source.SocialSpaceId));
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator the value belongs to.")
            .Resolve(context => context.LoadById<Indicator>(context.Source.IndicatorId));
        Field<NonNullGraphType<StringGraphType>>("source").Description("Provenance: who delivers the numbers (the indicator's source).")
            .Resolve(context => context.LoadById<Indicator>(context.Source.IndicatorId).Then(i => i?.Source));
        Field<NonNullGraphType<DateTimeGraphType>>("importedAt").Description("Provenance: when the delivery with this value was imported (UTC).")
            .Resolve(context => context.LoadById<ImportBatch>(context.Source.ImportBatchId).Then(b => b?.ImportedAt));
        Field<NonNullGraphType<ImportBatchType>>("importBatch").Description("Provenance: the delivery this value came with (planners only).")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .Resolve(context => context.LoadById<ImportBatch>(context.Source.ImportBatchId));
    }

    public static IListFields ListFields { get; } = new ListFields<IndicatorValue>()
        .Field("indicator", v => v.Indicator.Key, "The indicator (key).")
        .Field("socialSpace", v => v.SocialSpace.Key, "The social space (key).")
        .Field("district", v => v.SocialSpace.District.Key, "The district of the social space (key).")
        .Field("actionField", v => v.Indicator.ActionField!.Key, "The indicator's action field (key).", sortable: false)
        .Field("year", v => v.Year, "The year (use gte/lte for a range).")
        .Field("value", v => v.Value, "The value.")
        .Field("isProvisional", v => v.IsProvisional, "Provisional values only (true) or final ones only (false).", sortable: false)
        .Field("source", v => v.Indicator.Source, "Who delivers the numbers.", sortable: false)
        .Field("polarity", v => v.Indicator.Polarity, "The indicator's polarity.", sortable: false)
        .Field("importedAt", v => v.ImportBatch.ImportedAt, "When the delivery with the value was imported.");
}
