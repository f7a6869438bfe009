using GraphQL.Types;

namespace SozialHub.Api.Organizations.Members;

/// <summary>The input object types of the membership mutations; the ids are global ids.</summary>
public abstract class MembershipInputType<T> : InputObjectGraphType<T>
{
    protected MembershipInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void Id(string field, string description) => Field<NonNullGraphType<IdGraphType>>(field).Description(description);

    protected void Text(string field, string description, bool required = false)
    {
        if (required)
        {
            Field<NonNullGraphType<StringGraphType>>(field).Description(description);
        }
        else
        {
            Field<StringGraphType>(field).Description(description);
        }
    }

    /// <summary>Contacts, address and description: the fields a request and an update share.</summary>
    protected void ContactFields()
    {
        Text("website", "Web address (http or https).");
        Text("email", "Contact e-mail address.");
        Text("phone", "Contact phone number.");
        Text("street", "Street and house number.");
        Text("postalCode", "Postleitzahl.");
        Text("city", "City or town.");
        Text("description", $"Description (Markdown, at most {OrganizationFields.MaxDescriptionLength} characters); shown sanitised.");
    }
}

public sealed class RequestOrganizationInputType : MembershipInputType<RequestOrganizationInput>
{
    public RequestOrganizationInputType()
        : base("RequestOrganizationInput", "A new organisation; it stays unverified until a planner verifies it.")
    {
        Text("name", $"Name, unique (ignoring case), at most {Limits.Name} characters.", required: true);
        Text("legalStatus", "Legal form, e.g. e.V. or gGmbH.");
        Text("registerNumber", "Register number, e.g. VR 1234, if any.");
        Field<IdGraphType>("parentOrganization").Description("The umbrella association (Dachverband), an organisation's id.");
        ContactFields();
    }
}

public sealed class UpdateOrganizationInputType : MembershipInputType<UpdateOrganizationInput>
{
    public UpdateOrganizationInputType()
        : base("UpdateOrganizationInput", "New description, contacts and address; absent fields are cleared.")
    {
        Id("organization", "The organisation.");
        ContactFields();
    }
}

public sealed class OrganizationIdInputType : MembershipInputType<OrganizationIdInput>
{
    public OrganizationIdInputType()
        : base("OrganizationIdInput", "Names an organisation.") => Id("organization", "The organisation.");
}

public sealed class SetOrganizationRequiresReviewInputType : MembershipInputType<SetOrganizationRequiresReviewInput>
{
    public SetOrganizationRequiresReviewInputType()
        : base("SetOrganizationRequiresReviewInput", "Whether an organisation's changes wait for a planner's review.")
    {
        Id("organization", "The organisation.");
        Field<NonNullGraphType<BooleanGraphType>>("requiresReview").Description("True: changes wait for review.");
    }
}

public sealed class RequestMembershipInputType : MembershipInputType<RequestMembershipInput>
{
    public RequestMembershipInputType()
        : base("RequestMembershipInput", "Ask to join an organisation.")
    {
        Id("organization", "The organisation.");
        Text("message", $"Why, for the owners (at most {MembershipRequest.MaxMessageLength} characters).");
    }
}

public sealed class MembershipRequestIdInputType : MembershipInputType<MembershipRequestIdInput>
{
    public MembershipRequestIdInputType()
        : base("MembershipRequestIdInput", "Names a membership request.") => Id("request", "The request.");
}

public sealed class InviteMemberInputType : MembershipInputType<InviteMemberInput>
{
    public InviteMemberInputType()
        : base("InviteMemberInput", "Invite a person by e-mail.")
    {
        Id("organization", "The organisation.");
        Text("email", "The person's e-mail address.", required: true);
        Field<NonNullGraphType<EnumerationGraphType<MemberRole>>>("role").Description("The role they get (default editor).").DefaultValue(MemberRole.Editor);
    }
}

public sealed class AcceptInvitationInputType : MembershipInputType<AcceptInvitationInput>
{
    public AcceptInvitationInputType()
        : base("AcceptInvitationInput", "Accept an invitation as the signed-in person.") => Text("token", "The token from the invitation link.", required: true);
}

public sealed class InvitationIdInputType : MembershipInputType<InvitationIdInput>
{
    public InvitationIdInputType()
        : base("InvitationIdInput", "Names an invitation.") => Id("invitation", "The invitation.");
}

public sealed class MemberIdInputType : MembershipInputType<MemberIdInput>
{
    public MemberIdInputType()
        : base("MemberIdInput", "Names a member.") => Id("member", "The member.");
}

public sealed class ChangeMemberRoleInputType : MembershipInputType<ChangeMemberRoleInput>
{
    public ChangeMemberRoleInputType()
        : base("ChangeMemberRoleInput", "A member's new role.")
    {
        Id("member", "The member.");
        Field<NonNullGraphType<EnumerationGraphType<MemberRole>>>("role").Description("The new role.");
    }
}
