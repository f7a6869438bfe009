namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of NetworkPage.graphql.</summary>
public sealed record NetworkPageData(Connection<KeyName> ActionFields, Connection<PublicCooperation> Cooperations, Connection<NetworkSummary> Networks)
{
    public static readonly GraphQLOperation<NetworkPageData> Operation = new("NetworkPage");
}

public sealed record PublicCooperation(string Id, string Form, int Intensity, OrganizationRef Proposer, OrganizationRef Partner, IReadOnlyList<KeyName> ActionFields);

public sealed record OrganizationRef(string Id, string Name);

public sealed record NetworkSummary(string Id, string Name, string? MeetingRhythm, NameOnly? Coordinator, NameOnly? ActionField, IReadOnlyList<NameOnly> Members);
