using System.ComponentModel;
using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Organizations.Members;

[Description("Where an invitation stands.")]
public enum InvitationState
{
    [Description("Can be accepted.")]
    Open,

    [Description("Accepted; used once.")]
    Accepted,

    [Description("Withdrawn by an owner.")]
    Revoked,

    [Description("Not accepted in time.")]
    Expired,
}

/// <summary>Membership records are not nodes: only their organisation's owners, planners and the person see them.</summary>
public abstract class MemberRecordType<T> : ObjectGraphType<T>
    where T : Database.Entity
{
    protected MemberRecordType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, for the mutations that name it.").Resolve(c => GlobalId.Encode(name, c.Source.Id));
    }

    protected void OrganizationField(Func<T, int> organizationId) =>
        Field<NonNullGraphType<OrganizationType>>("organization").Description("The organisation.")
            .Resolve(c => c.LoadById<Organization>(organizationId(c.Source)));
}

public sealed class OrganizationMemberType : MemberRecordType<OrganizationMember>
{
    public OrganizationMemberType()
        : base(MemberIds.Member, "A person acting for an organisation, with their role.")
    {
        OrganizationField(m => m.OrganizationId);
        Field(m => m.DisplayName).Description("The person's display name.");
        Field(m => m.Email).Description("The person's e-mail address (members and planners only).");
        Field<NonNullGraphType<EnumerationGraphType<MemberRole>>>("role").Description("Owner or editor.").Resolve(c => c.Source.Role);
    }
}

public sealed class MembershipRequestType : MemberRecordType<MembershipRequest>
{
    public MembershipRequestType()
        : base(MemberIds.Request, "A person asks to join an organisation.")
    {
        OrganizationField(r => r.OrganizationId);
        Field(r => r.DisplayName).Description("Who asks.");
        Field(r => r.Email).Description("Their e-mail address.");
        Field(r => r.Message, nullable: true).Description("Why they ask.");
        Field<NonNullGraphType<EnumerationGraphType<MembershipRequestStatus>>>("status").Description("Pending, approved or declined.").Resolve(c => c.Source.Status);
        Field(r => r.CreatedAt).Description("When they asked (UTC).");
    }
}

public sealed class MemberInvitationType : MemberRecordType<MemberInvitation>
{
    public MemberInvitationType()
        : base(MemberIds.Invitation, "An owner's invitation to join an organisation, sent by e-mail.")
    {
        OrganizationField(i => i.OrganizationId);
        Field(i => i.Email).Description("Who is invited.");
        Field<NonNullGraphType<EnumerationGraphType<MemberRole>>>("role").Description("The role they get.").Resolve(c => c.Source.Role);
        Field(i => i.InvitedByName).Description("Who invited.");
        Field(i => i.CreatedAt).Description("When (UTC).");
        Field(i => i.ExpiresAt).Description("Until when the link can be used (UTC).");
        Field<NonNullGraphType<EnumerationGraphType<InvitationState>>>("state").Description("Open, accepted, revoked or expired.")
            .Resolve(c => StateOf(c.Source, c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
    }

    public static InvitationState StateOf(MemberInvitation invitation, DateTime now) =>
        invitation.AcceptedAt is not null ? InvitationState.Accepted
        : invitation.RevokedAt is not null ? InvitationState.Revoked
        : invitation.ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Open;
}

/// <summary>The answer of the mutations that change an organisation, a member or a request.</summary>
public abstract class PayloadType<TGraph, T> : ObjectGraphType<Payload<T>>
    where TGraph : IGraphType
    where T : class
{
    protected PayloadType(string name, string field, string description)
    {
        Name = name;
        Description = description + " Or (with errors) why nothing changed.";
        Field<TGraph>(field).Description("Null when there are errors.").Resolve(c => c.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class OrganizationPayloadType() : PayloadType<OrganizationType, Organization>("OrganizationPayload", "organization", "The organisation as it is now.");

public sealed class OrganizationMemberPayloadType()
    : PayloadType<OrganizationMemberType, OrganizationMember>("OrganizationMemberPayload", "member", "The member as it is now (removed: as it was).");

public sealed class MembershipRequestPayloadType()
    : PayloadType<MembershipRequestType, MembershipRequest>("MembershipRequestPayload", "request", "The membership request as it is now.");

public sealed class MemberInvitationPayloadType : ObjectGraphType<Payload<CreatedInvitation>>
{
    public MemberInvitationPayloadType()
    {
        Name = "MemberInvitationPayload";
        Description = "The invitation as it is now, or (with errors) why nothing changed.";
        Field<MemberInvitationType>("invitation").Description("Null when there are errors.").Resolve(c => c.Source.Result?.Invitation);
        Field<StringGraphType>("token")
            .Description("Only in the answer to inviteMember: the invitation's secret, for the link (/organisation/einladung?token=…); it is stored only as a hash and never shown again.")
            .Resolve(c => c.Source.Result?.Token);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
