namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of IndicatorCatalog.graphql.</summary>
public sealed record IndicatorCatalogData(Connection<CatalogEntry> Indicators)
{
    public static readonly GraphQLOperation<IndicatorCatalogData> Operation = new("IndicatorCatalog");
}

public sealed record CatalogEntry(
    string Key, string Name, string Definition, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, string Source,
    bool IsRate, string? NumeratorLabel, string? DenominatorLabel, CatalogActionField? ActionField);

public sealed record CatalogActionField(string Key, string Name, int SortOrder);
