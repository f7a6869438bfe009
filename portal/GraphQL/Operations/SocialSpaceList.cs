namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of SocialSpaceList.graphql.</summary>
public sealed record SocialSpaceListData(Connection<KeyName> Districts, Connection<SpaceShape> SocialSpaces)
{
    public static readonly GraphQLOperation<SocialSpaceListData> Operation = new("SocialSpaceList");
}
