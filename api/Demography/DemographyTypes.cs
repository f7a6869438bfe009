using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Analytics;

namespace SozialHub.Api.Demography;

public sealed class AgeStructureType : ObjectGraphType<AgeStructure>
{
    public AgeStructureType()
    {
        Name = "AgeStructure";
        Description = "The population at the base date (31 December) by age groups.";
        Field(s => s.Year).Description("The base year.");
        Field(s => s.Total).Description("All inhabitants.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgeGroupValueType>>>>("ageGroups").Description("The age groups, youngest first.")
            .Resolve(c => c.Source.AgeGroups).WithComplexityImpact(1, 10); // the configured groups, a handful
        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed.").Resolve(c => c.Source.Computation);
    }
}

public sealed class AgeGroupValueType : ObjectGraphType<AgeGroupValue>
{
    public AgeGroupValueType()
    {
        Name = "AgeGroupPopulation";
        Description = "Inhabitants of an age group; null counts are suppressed for this caller (methods.md §3).";
        Field("label", g => g.Group.Label).Description("German label, e.g. `6 bis unter 10`.");
        Field("fromAge", g => g.Group.From).Description("Lowest age of the group.");
        Field("toAge", g => g.Group.To, nullable: true).Description("The group holds ages below this; null for the open last group.");
        Field(g => g.Male, nullable: true).Description("Men and boys.");
        Field(g => g.Female, nullable: true).Description("Women and girls.");
        Field(g => g.Total, nullable: true).Description("Everybody in the group.");
        Field(g => g.Suppressed).Description("Some counts are withheld from this caller.");
        Field(g => g.Confidential).Description("Some counts are below the suppression threshold: not for the public.");
    }
}

public sealed class PopulationProjectionType : ObjectGraphType<AreaProjection>
{
    public PopulationProjectionType()
    {
        Name = "PopulationProjection";
        Description = "The cohort-component projection in three migration variants (methods.md §5), rounded for display.";
        Field("baseYear", p => p.Projection.BaseYear).Description("The year of the base population (31 December).");
        Field("horizon", p => p.Projection.Horizon).Description("Years projected.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectionVariantType>>>>("variants").Description("Low, middle and high migration.")
            .Resolve(c => c.Source.Projection.Variants.Select(v => (v, c.Source))).WithComplexityImpact(1, 3);
        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed.").Resolve(c => c.Source.Projection.Computation);
    }
}

public sealed class ProjectionVariantType : ObjectGraphType<(ProjectionVariant Variant, AreaProjection Area)>
{
    public ProjectionVariantType()
    {
        Name = "ProjectionVariant";
        Description = "One variant of the projection.";
        Field<NonNullGraphType<EnumerationGraphType<ProjectionVariantKind>>>("variant").Description("Low, middle or high migration.")
            .Resolve(c => c.Source.Variant.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("German name, e.g. `mittlere Zuwanderung`.").Resolve(c => c.Source.Variant.Name);
        Field<NonNullGraphType<FloatGraphType>>("migrationFactor").Description("The net migration is multiplied by this.")
            .Resolve(c => c.Source.Variant.MigrationFactor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectedYearType>>>>("years").Description("The base year and each projected year.")
            .Resolve(c => (c.Source.Variant.Of(c.Source.Area.SpaceId) ?? []).Select((cohorts, t) => new ProjectedYear(c.Source.Area.Projection.BaseYear + t, cohorts)))
            .WithComplexityImpact(1, 16);
    }
}

public sealed class ProjectedYearType : ObjectGraphType<ProjectedYear>
{
    public ProjectedYearType()
    {
        Name = "ProjectedYear";
        Description = "The projected population at the end of a year, rounded to `Demography:RoundTo` (10).";
        Field(y => y.Year).Description("The year (31 December).");
        Field<NonNullGraphType<IntGraphType>>("total").Description("All inhabitants, rounded.")
            .Resolve(c => PopulationProjection.Rounded(c.Source.Cohorts.Total, c.Demography().Options.RoundTo));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgeGroupValueType>>>>("ageGroups").Description("By age groups, rounded.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("ageGroups", DemographyFields.AgeGroupsArgument)
            .Resolve(c =>
            {
                var step = c.Demography().Options.RoundTo;
                return AgeGroupBounds.Sum(c.Source.Cohorts, AgeGroupBounds.Groups(DemographyFields.Bounds(c))).Select(s => new AgeGroupValue(
                    s.Group, PopulationProjection.Rounded(s.Male, step), PopulationProjection.Rounded(s.Female, step),
                    PopulationProjection.Rounded(s.Male + s.Female, step), false, false));
            })
            .WithComplexityImpact(1, 10);
    }
}
