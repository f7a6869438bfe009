namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of MonitoringTable.graphql.</summary>
public sealed record MonitoringTableData(Connection<CatalogChoice> Catalog, Connection<MonitoredIndicator> Chosen)
{
    public static readonly GraphQLOperation<MonitoringTableData> Operation = new("MonitoringTable");
}

public sealed record CatalogChoice(string Key, string Name, bool InStatusIndex);

public sealed record MonitoredIndicator(string Key, string Name, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, IReadOnlyList<MonitoredCell> Ranking);

/// <summary>A space's value beside the city; values are raw for planners (confidential ones marked).</summary>
public sealed record MonitoredCell(KeyRef SocialSpace, int Year, double? Value, double? CityValue, double? Deviation, TrendDirection Direction,
    bool Suppressed, bool Confidential);
