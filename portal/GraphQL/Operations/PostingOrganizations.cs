namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of PostingOrganizations.graphql.</summary>
public sealed record PostingOrganizationsData(IReadOnlyList<IdName> OrganizationsToPostAs)
{
    public static readonly GraphQLOperation<PostingOrganizationsData> Operation = new("PostingOrganizations");
}

/// <summary>A record named by its global id, e.g. an organisation to write as.</summary>
public sealed record IdName(string Id, string Name);
