using System.ComponentModel.DataAnnotations;

namespace SozialHub.Api.Organizations.Members;

/// <summary>The <c>Memberships</c> configuration section.</summary>
public sealed class MembershipOptions : IValidatableObject
{
    public const string SectionName = "Memberships";

    /// <summary>How long an invitation link can be used (issue 7: 7 days).</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InvitationLifetime < TimeSpan.FromMinutes(1) || InvitationLifetime > TimeSpan.FromDays(90))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(InvitationLifetime)} must be between 1 minute and 90 days.", [nameof(InvitationLifetime)]);
        }
    }
}
