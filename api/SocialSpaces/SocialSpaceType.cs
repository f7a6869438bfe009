using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Analytics;
using SozialHub.Api.Districts;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.SocialSpaces;

public sealed class SocialSpaceType : EntityGraphType<SocialSpace>, IHasListFields
{
    public SocialSpaceType()
        : base("A Sozialraum: the small area that monitoring and planning look at.")
    {
        Field(s => s.Key).Description("Stable key, e.g. `roden-nord`.");
        Field(s => s.Name).Description("German name.");
        Field(s => s.Population).Description("Inhabitants at the latest base date.");
        Field(s => s.IsSocialCityArea).Description("Part of the programme Soziale Stadt / Sozialer Zusammenhalt.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("The outline (Polygon or MultiPolygon).")
            .Resolve(context => context.Source.Geometry);
        Field(s => s.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The Stadtteil the space belongs to.")
            .Resolve(context => context.LoadById<District>(context.Source.DistrictId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("values")
            .Description("The space's indicator values, by indicator and year.")
            .Argument<StringGraphType>("indicator", "Only this indicator (key).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators", "Only these indicators (keys), e.g. the 30 of a profile.")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context =>
            {
                var filter = ValueFilter.From(context, indicatorKey: context.GetArgument<string?>("indicator")) with
                {
                    IndicatorKeys = ValueFilter.JoinKeys(context.GetArgument<List<string>?>("indicators")),
                };
                var db = context.Db();
                // Whole districts, for secondary suppression (methods.md §3); the spaces' own values are kept.
                return context.LoadValues($"valuesBySpace:{filter}", context.Source.Id,
                    ids => filter.Apply(db.IndicatorValues)
                        .Where(v => db.SocialSpaces.Where(s => ids.Contains(s.Id)).Select(s => s.DistrictId).Contains(v.SocialSpace.DistrictId)),
                    _ => true, v => v.SocialSpaceId, values => values.OrderBy(v => v.IndicatorId).ThenBy(v => v.Year));
            });
        this.AddAnalyticsFields();
        Demography.DemographyFields.AddDemographyFields(this);
        Contributions.TargetFields.AddTo(this);
    }

    public static IListFields ListFields { get; } = new ListFields<SocialSpace>()
        .Field("key", s => s.Key, "Stable key.")
        .Field("name", s => s.Name, "German name.")
        .Field("district", s => s.District.Key, "The Stadtteil (key).")
        .Field("population", s => s.Population, "Inhabitants at the latest base date.")
        .Field("isSocialCityArea", s => s.IsSocialCityArea, "Part of the programme Soziale Stadt / Sozialer Zusammenhalt.")
        .OrderByDefault("name");
}

internal sealed class SocialSpaceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<SocialSpaceType, SocialSpace>("socialSpaces", "The social spaces, by name unless ordered otherwise.",
            context => context.Db().SocialSpaces);
        query.Field<SocialSpaceType>("socialSpace")
            .Description("One social space by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The social space's key.")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().SocialSpaces.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, context.CancellationToken);
            });
    }
}
