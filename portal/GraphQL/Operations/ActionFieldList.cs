namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of ActionFieldList.graphql.</summary>
public sealed record ActionFieldListData(Connection<ActionFieldSummary> ActionFields)
{
    public static readonly GraphQLOperation<ActionFieldListData> Operation = new("ActionFieldList");
}

public sealed record ActionFieldSummary(string Key, string Name, string Description, IReadOnlyList<KeyName> Indicators);
