namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of PlanningIndicators.graphql: the catalogue as the editor needs it.</summary>
public sealed record PlanningIndicatorsData(Connection<EditableIndicator> Indicators, Connection<KeyName> ActionFields)
{
    public static readonly GraphQLOperation<PlanningIndicatorsData> Operation = new("PlanningIndicators");
}

public sealed record EditableIndicator(
    string Key, string Name, string Definition, IndicatorUnit Unit, string UnitLabel, Polarity Polarity, string Source, string Periodicity,
    string? NumeratorLabel, string? DenominatorLabel, int Scale, int SuppressionThreshold, bool InStatusIndex, DateTime? RetiredAt, KeyName? ActionField);

/// <summary>The data of CreateIndicator, UpdateIndicator and RetireIndicator.graphql: each aliases its field to <c>payload</c>.</summary>
public sealed record IndicatorMutationData(IndicatorPayload Payload)
{
    public static readonly GraphQLOperation<IndicatorMutationData> Create = new("CreateIndicator");
    public static readonly GraphQLOperation<IndicatorMutationData> Update = new("UpdateIndicator");
    public static readonly GraphQLOperation<IndicatorMutationData> Retire = new("RetireIndicator");
}

public sealed record IndicatorPayload(KeyRef? Indicator, IReadOnlyList<UserError> Errors);
