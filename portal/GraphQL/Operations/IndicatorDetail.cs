namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of IndicatorDetail.graphql.</summary>
public sealed record IndicatorDetailData(IndicatorDetail? Indicator, Connection<SpaceShape> SocialSpaces)
{
    public static readonly GraphQLOperation<IndicatorDetailData> Operation = new("IndicatorDetail");
}

public sealed record IndicatorDetail(
    string Key, string Name, string Definition, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, string Source,
    bool IsRate, string? NumeratorLabel, string? DenominatorLabel, KeyName? ActionField,
    IReadOnlyList<SpaceValue> Values, IReadOnlyList<YearValue> CityValues, IReadOnlyList<RankedSpace> Ranking)
{
    public IndicatorSeries Series => new(Key, Name, Unit, UnitLabel, Polarity, CityValues);
}
