using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Analytics;

/// <summary>The analytics fields of social spaces, indicators and the query (methods.md §2–§4).</summary>
public static class AnalyticsFields
{
    public static void AddAnalyticsFields(this ObjectGraphType<SocialSpace> space)
    {
        space.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorComparisonType>>>>("comparisons")
            .Description("The space beside the city per indicator: deviation, changes, direction, rank (methods.md §2).")
            .Argument<IntGraphType>("year", "The year; by default each indicator's latest year with values.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators", "Only these indicators (keys); by default all current ones.")
            .ResolveAsync(async context =>
            {
                var data = context.Analytics();
                var indicators = await data.IndicatorsAsync(context.GetArgument<List<string>?>("indicators"), context.CancellationToken);
                var comparisons = new List<Comparison>();
                foreach (var series in await data.SeriesAsync(indicators, context.CancellationToken))
                {
                    await data.CityAsync(context.CancellationToken);
                    var all = data.ComparisonsOf(series, context.GetArgument<int?>("year"));
                    comparisons.AddRange(all.Where(c => c.SpaceId == context.Source.Id && series.In(c.Year).Count > 0));
                }

                return ForCaller(context, comparisons);
            });
        space.Field<SocialIndexEntryType>("socialIndex")
            .Description("The space in the social index of a year (methods.md §4).")
            .Argument<IntGraphType>("year", "The year; by default the latest with all status indicators.")
            .ResolveAsync(async context =>
            {
                var index = await context.Analytics().SocialIndexAsync(context.GetArgument<int?>("year"), context.CancellationToken);
                return index is null ? null : ForCaller(context, index).Entries.FirstOrDefault(e => e.SpaceId == context.Source.Id);
            });
    }

    public static void AddAnalyticsFields(this ObjectGraphType<Indicator> indicator)
    {
        indicator.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorComparisonType>>>>("ranking")
            .Description("All social spaces compared with the city, ordered by rank (1 = most burdened); spaces without a value last.")
            .Argument<IntGraphType>("year", "The year; by default the latest with values.")
            .Resolve(context =>
            {
                var year = context.GetArgument<int?>("year");
                return SeriesOf(context).Then(series => ForCaller(context, context.Analytics().ComparisonsOf(series!, year))
                    .OrderBy(c => c.Rank ?? int.MaxValue).ThenBy(c => c.SpaceId).ToList());
            });
        indicator.Field<NonNullGraphType<IndicatorChangeType>>("cityTrend")
            .Description("The city value's change over a window of years with its direction word (methods.md §2), e.g. for key figures.")
            .Argument<IntGraphType>("year", "The last year of the window; by default the latest with a city value.")
            .Argument<IntGraphType>("years", "The window in years; by default `Analytics:TrendWindow` (5).")
            .Resolve(context =>
            {
                var data = context.Analytics();
                var window = context.GetArgument<int?>("years") ?? data.Options.TrendWindow;
                if (window < 1)
                {
                    throw UserInput.Error($"'years' is {window}; the window must be at least 1 year.");
                }

                var year = context.GetArgument<int?>("year");
                return SeriesOf(context).Then(series => CityTrend.Of(series!, data.City, year, window, data.Options));
            });
    }

    /// <summary>The indicator's series; the indicators of a list load theirs in one query.</summary>
    private static IDataLoaderResult<IndicatorSeries?> SeriesOf(IResolveFieldContext<Indicator> context)
    {
        var data = context.Analytics();
        return context.Loaders()
            .Get<int, IndicatorSeries>("analyticsSeries", async (ids, ct) =>
            {
                var indicators = (await data.IndicatorsAsync(ct)).Where(i => ids.Contains(i.Id)).ToList();
                var series = await data.SeriesAsync(indicators, ct);
                await data.CityAsync(ct);
                return series.ToDictionary(s => s.Indicator.Id);
            })
            .Load(context.Source.Id);
    }

    public static void AddAnalyticsFields(this ObjectGraphType query) =>
        query.Field<SocialIndexType>("socialIndex")
            .Description("The social index of a year with the Soziale-Stadt spaces as a group (methods.md §4); null without data.")
            .Argument<IntGraphType>("year", "The year; by default the latest with all status indicators.")
            .ResolveAsync(async context =>
            {
                var index = await context.Analytics().SocialIndexAsync(context.GetArgument<int?>("year"), context.CancellationToken);
                return index is null ? null : ForCaller(context, index);
            });

    private static List<Comparison> ForCaller(IResolveFieldContext context, IEnumerable<Comparison> comparisons) =>
        context.Analytics().SeesConfidential(context.User) ? [.. comparisons] : [.. comparisons.Select(c => c.ForPublic())];

    private static SocialIndex ForCaller(IResolveFieldContext context, SocialIndex index) =>
        context.Analytics().SeesConfidential(context.User) ? index : index.ForPublic();
}

internal sealed class AnalyticsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) => query.AddAnalyticsFields();
}
