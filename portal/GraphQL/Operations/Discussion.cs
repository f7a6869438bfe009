using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of Discussion.graphql.</summary>
public sealed record DiscussionData(DiscussionPage? Contributions, IReadOnlyList<IdName> OrganizationsToPostAs)
{
    public static readonly GraphQLOperation<DiscussionData> Operation = new("Discussion");
}

public sealed record DiscussionPage(int TotalCount, IReadOnlyList<DiscussionEntry> Nodes);

/// <summary>One comment with its replies (null below the third level, which the operation does not select).</summary>
public sealed record DiscussionEntry(
    string Id,
    ContributionState State,
    string AuthorName,
    string? WrittenBy,
    string? Text,
    string? Html,
    string? HiddenReason,
    DateTime CreatedAt,
    bool IsEdited,
    int Depth,
    int SupportCount,
    bool ViewerIsAuthor,
    IReadOnlyList<DiscussionEntry>? Replies);

/// <summary>The API's <c>ContributionState</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContributionState>))]
public enum ContributionState
{
    [JsonStringEnumMemberName("PENDING")] Pending,
    [JsonStringEnumMemberName("PUBLISHED")] Published,
    [JsonStringEnumMemberName("HIDDEN")] Hidden,
    [JsonStringEnumMemberName("DELETED")] Deleted,
}

/// <summary>The API's <c>ContributionSort</c>, as the variable is sent.</summary>
public static class ContributionSort
{
    public const string Newest = "NEWEST";
    public const string MostSupported = "MOST_SUPPORTED";
}
