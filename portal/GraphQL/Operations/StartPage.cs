namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of StartPage.graphql.</summary>
public sealed record StartPageData(
    Connection<SpaceShape> SocialSpaces, MapIndicator? MapIndicator, Connection<KeyIndicator> KeyIndicators,
    Connection<KeyName> MapChoices, Connection<KeyName> ActionFields)
{
    public static readonly GraphQLOperation<StartPageData> Operation = new("StartPage");
}

/// <summary>A key figure's indicator: the city series and the city's trend as the API computed it.</summary>
public sealed record KeyIndicator(
    string Key, string Name, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, IReadOnlyList<YearValue> CityValues, IndicatorChange CityTrend)
{
    public IndicatorSeries Series => new(Key, Name, Unit, UnitLabel, Polarity, CityValues);
}

public sealed record MapIndicator(
    string Key, string Name, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, IReadOnlyList<YearValue> CityValues, IReadOnlyList<SpaceValue> Values)
{
    public IndicatorSeries Series => new(Key, Name, Unit, UnitLabel, Polarity, CityValues);
}
