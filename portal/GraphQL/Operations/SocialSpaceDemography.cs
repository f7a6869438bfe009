namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of SocialSpaceDemography.graphql.</summary>
public sealed record SocialSpaceDemographyData(DemographySpace? SocialSpace)
{
    public static readonly GraphQLOperation<SocialSpaceDemographyData> Operation = new("SocialSpaceDemography");
}

public sealed record DemographySpace(AgeStructureData? AgeStructure, ProjectionData? PopulationProjection);

public sealed record AgeStructureData(int Year, int Total, IReadOnlyList<AgeGroupCount> AgeGroups);

/// <summary>An age group; null counts are suppressed for the caller (small numbers).</summary>
public sealed record AgeGroupCount(string Label, int? Male, int? Female, int? Total, bool Suppressed);

public sealed record ProjectionData(int BaseYear, int Horizon, IReadOnlyList<ProjectionVariantData> Variants, Computation Computation);

public sealed record ProjectionVariantData(string Variant, string Name, IReadOnlyList<ProjectedTotal> Years);

public sealed record ProjectedTotal(int Year, int Total);
