namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of PostingOrganizations.graphql.</summary>
public sealed record PostingOrganizationsData(IReadOnlyList<IdName> OrganizationsToPostAs)
{
    public static readonly GraphQLOperation<PostingOrganizationsData> Operation = new("PostingOrganizations");
}
