namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of ActionFieldPage.graphql.</summary>
public sealed record ActionFieldPageData(ActionFieldDetail? ActionField)
{
    public static readonly GraphQLOperation<ActionFieldPageData> Operation = new("ActionFieldPage");
}

public sealed record ActionFieldDetail(string Key, string Name, string Description, IReadOnlyList<IndicatorSeries> Indicators);
