using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of LocalKnowledge.graphql.</summary>
public sealed record LocalKnowledgeData(LocalKnowledgeSpace? SocialSpace, Connection<KeyName> SocialSpaces, IReadOnlyList<IdName> OrganizationsToPostAs)
{
    public static readonly GraphQLOperation<LocalKnowledgeData> Operation = new("LocalKnowledge");
}

public sealed record LocalKnowledgeSpace(string Key, string Name, IReadOnlyList<LocalKnowledgeEntry> LocalKnowledge);

public sealed record LocalKnowledgeEntry(
    string Id,
    ContributionState State,
    string AuthorName,
    LocalKnowledgeCategory? Category,
    string? Title,
    string? Html,
    string? HiddenReason,
    double? Latitude,
    double? Longitude,
    DateTime CreatedAt);

/// <summary>The API's <c>LocalKnowledgeCategory</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LocalKnowledgeCategory>))]
public enum LocalKnowledgeCategory
{
    [JsonStringEnumMemberName("MEETING_PLACE")] MeetingPlace,
    [JsonStringEnumMemberName("PROBLEM")] Problem,
    [JsonStringEnumMemberName("IDEA")] Idea,
    [JsonStringEnumMemberName("MISSING_OFFERING")] MissingOffering,
}
