using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of every offering, location and facility mutation: each aliases its field to <c>payload</c>, the record to <c>record</c>.</summary>
public sealed record DirectoryMutationData(DirectoryPayload Payload)
{
    public static readonly GraphQLOperation<DirectoryMutationData> CreateOffering = new("CreateOffering");
    public static readonly GraphQLOperation<DirectoryMutationData> UpdateOffering = new("UpdateOffering");
    public static readonly GraphQLOperation<DirectoryMutationData> PublishOffering = new("PublishOffering");
    public static readonly GraphQLOperation<DirectoryMutationData> ConfirmOfferingReviewed = new("ConfirmOfferingReviewed");
    public static readonly GraphQLOperation<DirectoryMutationData> CreateLocation = new("CreateLocation");
    public static readonly GraphQLOperation<DirectoryMutationData> UpdateLocation = new("UpdateLocation");
    public static readonly GraphQLOperation<DirectoryMutationData> CreateFacility = new("CreateFacility");
    public static readonly GraphQLOperation<DirectoryMutationData> UpdateFacility = new("UpdateFacility");
}

/// <param name="Current">With a CONFLICT: the stored version.</param>
public sealed record DirectoryPayload(SavedRecord? Record, StoredVersion? Current, IReadOnlyList<UserError> Errors)
{
    public bool IsConflict => Errors.Any(e => e.Code == "CONFLICT");
}

public sealed record SavedRecord(string Id, int Version, Publication? Publication);

public sealed record StoredVersion(int Version);

/// <summary>The API's <c>Publication</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Publication>))]
public enum Publication
{
    [JsonStringEnumMemberName("PUBLISHED")] Published,
    [JsonStringEnumMemberName("DRAFT")] Draft,
    [JsonStringEnumMemberName("IN_REVIEW")] InReview,
}
