using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Districts;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.SocialSpaces;

public sealed class SocialSpaceType : ObjectGraphType<SocialSpace>
{
    public SocialSpaceType()
    {
        Name = "SocialSpace";
        Description = "A Sozialraum: the small area that monitoring and planning look at.";
        Field(s => s.Key).Description("Stable key, e.g. `roden-nord`.");
        Field(s => s.Name).Description("German name.");
        Field(s => s.Population).Description("Inhabitants at the latest base date.");
        Field(s => s.IsSocialCityArea).Description("Part of the programme Soziale Stadt / Sozialer Zusammenhalt.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("The outline (Polygon or MultiPolygon).")
            .Resolve(context => context.Source.Geometry);
        Field(s => s.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The Stadtteil the space belongs to.")
            .Resolve(context => context.Loaders()
                .Get<int, Districts.District>("districtById", async (ids, ct) => await context.Db().Districts.AsNoTracking()
                    .Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct))
                .Load(context.Source.DistrictId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("values")
            .Description("The space's indicator values, by indicator and year.")
            .Argument<StringGraphType>("indicator", "Only this indicator (key).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context =>
            {
                var filter = ValueFilter.From(context, indicatorKey: context.GetArgument<string?>("indicator"));
                return context.Loaders()
                    .Get<int, IndicatorValue[]>($"valuesBySpace:{filter}", (ids, ct) => filter.Apply(context.Db().IndicatorValues)
                        .Where(v => ids.Contains(v.SocialSpaceId))
                        .OrderBy(v => v.IndicatorId).ThenBy(v => v.Year)
                        .GroupByParentAsync(v => v.SocialSpaceId, ids, ct))
                    .Load(context.Source.Id);
            });
    }
}

internal sealed class SocialSpaceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialSpaceType>>>>("socialSpaces")
            .Description("Social spaces by name, optionally of one district or of the Soziale-Stadt programme.")
            .Argument<StringGraphType>("district", "Only this Stadtteil (key).")
            .Argument<BooleanGraphType>("socialCityArea", "Only spaces in (true) or outside (false) the programme.")
            .ResolveAsync(async context =>
            {
                var spaces = context.Db().SocialSpaces.AsNoTracking();
                if (context.GetArgument<string?>("district") is { } district)
                {
                    spaces = spaces.Where(s => s.District.Key == district);
                }

                if (context.GetArgument<bool?>("socialCityArea") is { } socialCity)
                {
                    spaces = spaces.Where(s => s.IsSocialCityArea == socialCity);
                }

                return await spaces.OrderBy(s => s.Name).ToListAsync(context.CancellationToken);
            });
        query.Field<SocialSpaceType>("socialSpace")
            .Description("One social space by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().SocialSpaces.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, context.CancellationToken);
            });
    }
}
