using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of OrganisationHome.graphql.</summary>
public sealed record OrganisationHomeData(HomeViewer Viewer, Connection<IdName> Organizations)
{
    public static readonly GraphQLOperation<OrganisationHomeData> Operation = new("OrganisationHome");
}

public sealed record HomeViewer(
    string Name, bool IsPlanner, IReadOnlyList<Membership> Memberships, IReadOnlyList<OwnRequest> MembershipRequests,
    IReadOnlyList<OwnInvitation> Invitations);

public sealed record Membership(MemberRole Role, MembershipOrganisation Organization);

public sealed record MembershipOrganisation(string Id, string Name, bool IsVerified);

public sealed record OwnRequest(string Id, NamedRef Organization);

public sealed record OwnInvitation(string Id, DateTime ExpiresAt, NamedRef Organization);

/// <summary>The data of OrganisationTeam.graphql; the lists are null when the caller may not see them.</summary>
public sealed record OrganisationTeamData(TeamOrganisation? Node)
{
    public static readonly GraphQLOperation<OrganisationTeamData> Operation = new("OrganisationTeam");
}

public sealed record TeamOrganisation(
    string Id, string Name, MemberRole? ViewerRole, IReadOnlyList<TeamMember>? Members, IReadOnlyList<TeamRequest>? MembershipRequests,
    IReadOnlyList<TeamInvitation>? Invitations);

public sealed record TeamMember(string Id, string DisplayName, string Email, MemberRole Role);

public sealed record TeamRequest(string Id, string DisplayName, string Email, string? Message, DateTime CreatedAt);

public sealed record TeamInvitation(string Id, string Email, MemberRole Role, InvitationState State, DateTime ExpiresAt);

/// <summary>The data of OrganisationReview.graphql (planners).</summary>
public sealed record OrganisationReviewData(ReviewViewer Viewer)
{
    public static readonly GraphQLOperation<OrganisationReviewData> Operation = new("OrganisationReview");
}

public sealed record ReviewViewer(bool IsPlanner, IReadOnlyList<ReviewOrganisation>? UnverifiedOrganizations, IReadOnlyList<ReviewRequest>? OpenMembershipRequests);

public sealed record ReviewOrganisation(
    string Id, string Name, string? LegalStatus, string? RegisterNumber, string? Website, string? Email, ProfileAddress? Address);

public sealed record ReviewRequest(string Id, string DisplayName, string Email, DateTime CreatedAt, IdName Organization);

/// <summary>The data of OrganisationList.graphql.</summary>
public sealed record OrganisationListData(Connection<ListedOrganisation> Organizations)
{
    public static readonly GraphQLOperation<OrganisationListData> Operation = new("OrganisationList");
}

public sealed record ListedOrganisation(string Id, string Name, string? LegalStatus, bool IsVerified, ProfileAddress? Address);

/// <summary>The data of OrganisationProfile.graphql.</summary>
public sealed record OrganisationProfileData(PublicOrganisation? Node)
{
    public static readonly GraphQLOperation<OrganisationProfileData> Operation = new("OrganisationProfile");
}

public sealed record PublicOrganisation(
    string Id, string Name, string DescriptionHtml, bool IsVerified, string? LegalStatus, string? RegisterNumber, string? Website, string? Email,
    string? Phone, ProfileAddress? Address, IdName? ParentOrganization, IReadOnlyList<OrganisationOffering> Offerings,
    IReadOnlyList<OrganisationFacility> Facilities, IReadOnlyList<OrganisationCooperation> Cooperations, IReadOnlyList<IdName> Networks);

public sealed record OrganisationOffering(string Id, string Name, OfferingStatus Status);

public sealed record OrganisationFacility(string Id, string Name, FacilityKind Kind, int? Capacity);

public sealed record OrganisationCooperation(string Id, string Form, bool IsConfirmed, IdName Proposer, IdName Partner);

/// <summary>The API's <c>MemberRole</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberRole>))]
public enum MemberRole
{
    [JsonStringEnumMemberName("OWNER")] Owner,
    [JsonStringEnumMemberName("EDITOR")] Editor,
}

/// <summary>The API's <c>InvitationState</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvitationState>))]
public enum InvitationState
{
    [JsonStringEnumMemberName("OPEN")] Open,
    [JsonStringEnumMemberName("ACCEPTED")] Accepted,
    [JsonStringEnumMemberName("REVOKED")] Revoked,
    [JsonStringEnumMemberName("EXPIRED")] Expired,
}
