using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

// The mutations' inputs as GraphQL.NET fills them from the input objects (MembershipInputTypes.cs).

/// <summary>Contact and address fields that both a request for a new organisation and an update carry.</summary>
public class OrganizationContactInput
{
    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Description { get; set; }
}

public sealed class RequestOrganizationInput : OrganizationContactInput
{
    public string? Name { get; set; }

    public string? LegalStatus { get; set; }

    public string? RegisterNumber { get; set; }

    /// <summary>The umbrella association (global id of an organisation).</summary>
    public string? ParentOrganization { get; set; }
}

public sealed class UpdateOrganizationInput : OrganizationContactInput
{
    public string? Organization { get; set; }
}

public sealed class OrganizationIdInput
{
    public string? Organization { get; set; }
}

public sealed class SetOrganizationRequiresReviewInput
{
    public string? Organization { get; set; }

    public bool RequiresReview { get; set; }
}

public sealed class RequestMembershipInput
{
    public string? Organization { get; set; }

    public string? Message { get; set; }
}

public sealed class MembershipRequestIdInput
{
    public string? Request { get; set; }
}

public sealed class InviteMemberInput
{
    public string? Organization { get; set; }

    public string? Email { get; set; }

    public MemberRole Role { get; set; } = MemberRole.Editor;
}

public sealed class AcceptInvitationInput
{
    public string? Token { get; set; }
}

public sealed class InvitationIdInput
{
    public string? Invitation { get; set; }
}

public sealed class MemberIdInput
{
    public string? Member { get; set; }
}

public sealed class ChangeMemberRoleInput
{
    public string? Member { get; set; }

    public MemberRole Role { get; set; }
}

/// <summary>What a membership mutation answers: the changed record, or why nothing changed.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static Payload<T> Failed(IReadOnlyList<UserError> errors) => new(null, errors);

    public static Payload<T> Failed(string? field, UserErrorCode code, string message) => new(null, [new UserError(field, code, message)]);

    public static Payload<T> Done(T result) => new(result, []);
}

/// <summary>An invitation and, only in the answer to <c>inviteMember</c>, its token (never stored in clear).</summary>
public sealed record CreatedInvitation(MemberInvitation Invitation, string? Token);
