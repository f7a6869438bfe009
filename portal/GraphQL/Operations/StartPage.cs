namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of StartPage.graphql.</summary>
public sealed record StartPageData(Connection<StartPageDistrict> Districts)
{
    public static readonly GraphQLOperation<StartPageData> Operation = new("StartPage");
}

public sealed record StartPageDistrict(string Key, string Name, IReadOnlyList<StartPageSocialSpace> SocialSpaces)
{
    public int Population => SocialSpaces.Sum(s => s.Population);
}

public sealed record StartPageSocialSpace(string Key, string Name, int Population, bool IsSocialCityArea);
