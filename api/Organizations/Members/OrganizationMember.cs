using SozialHub.Api.Database;

namespace SozialHub.Api.Organizations.Members;

/// <summary>What a member may do for an organisation: owners also manage members and hand over ownership.</summary>
public enum MemberRole
{
    Owner,
    Editor,
}

/// <summary>
/// A person acting for an organisation. Memberships are domain data and live in the hub (ADR 0014): the account is
/// named by its token subject, and name and address are copied from the token when the person joins, so the hub can
/// write to editors (invitations, freshness reminders) without asking the identity service.
/// </summary>
public sealed class OrganizationMember : Entity
{
    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    /// <summary>The account's <c>sub</c> claim.</summary>
    public required string Subject { get; set; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    public MemberRole Role { get; set; }
}
