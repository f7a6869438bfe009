using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Analytics;
using SozialHub.Api.GraphQL;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Demography;

/// <summary>The demography fields of social spaces and of the query (the city): age structure and projection (methods.md §5).</summary>
public static class DemographyFields
{
    public const string AgeGroupsArgument = "Lower bounds of the age groups, ascending from 0; by default `Demography:AgeGroups`.";

    public static DemographyData Demography(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DemographyData>();

    public static void AddDemographyFields(this ObjectGraphType<SocialSpace> space)
    {
        AddAgeStructure(space, c => ((SocialSpace)c.Source!).Id);
        AddProjection(space, c => ((SocialSpace)c.Source!).Id);
    }

    public static void AddDemographyFields(this ObjectGraphType query)
    {
        AddAgeStructure(query, _ => null);
        AddProjection(query, _ => null);
    }

    /// <summary>The bounds named by the field's <c>ageGroups</c> argument, checked, or the configured ones.</summary>
    public static IReadOnlyList<int> Bounds(IResolveFieldContext context)
    {
        var bounds = context.GetArgument<List<int>?>("ageGroups");
        if (bounds is null)
        {
            return context.Demography().Options.AgeGroups;
        }

        return AgeGroupBounds.Problem(bounds) is { } problem ? throw UserInput.Error($"'ageGroups': {problem}") : bounds;
    }

    private static void AddAgeStructure<TSource>(ObjectGraphType<TSource> type, Func<IResolveFieldContext, int?> spaceOf) =>
        type.Field<AgeStructureType>("ageStructure")
            .Description("Inhabitants at the base date by age groups (of the city on the query, the sum of the spaces); null without data.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("ageGroups", AgeGroupsArgument)
            .ResolveAsync(async context =>
            {
                var data = context.Demography();
                var bounds = Bounds(context);
                if (await data.PopulationAsync(context.CancellationToken) is not var (year, spaces))
                {
                    return null;
                }

                var cohorts = spaceOf(context) is { } id ? spaces.GetValueOrDefault(id) : Cohorts.Sum(spaces.Values, Ages.Count);
                var forPublic = !context.Analytics().SeesConfidential(context.User);
                return cohorts is null ? null : AgeStructure.Of(year, cohorts, bounds, data.Options.SuppressionThreshold, forPublic);
            });

    private static void AddProjection<TSource>(ObjectGraphType<TSource> type, Func<IResolveFieldContext, int?> spaceOf) =>
        type.Field<PopulationProjectionType>("populationProjection")
            .Description("The population projection in three variants (of the city on the query, the sum of the spaces); null without data.")
            .Argument<IntGraphType>("horizon", "Years to project; by default `Demography:HorizonYears` (15).")
            .ResolveAsync(async context =>
            {
                var projection = await context.Demography().ProjectionAsync(context.GetArgument<int?>("horizon"), context.CancellationToken);
                var space = spaceOf(context);
                return projection is null || projection.Variants[0].Of(space) is null ? null : new AreaProjection(projection, space);
            });
}

internal sealed class DemographyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) => query.AddDemographyFields();
}
