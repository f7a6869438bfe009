using System.ComponentModel;
using SozialHub.Api.Database;

namespace SozialHub.Api.Contributions;

/// <summary>One entry of the moderation log: who did what to which contribution, when and why.</summary>
public sealed class ModerationAction : Entity
{
    /// <summary>Who acts when flags hide a contribution.</summary>
    public const string Automatic = "automatisch";

    public int ContributionId { get; set; }

    public ModerationKind Kind { get; set; }

    /// <summary>The planner's <c>sub</c> claim (or the machine client); null when automatic or the account is deleted.</summary>
    public string? ModeratorSubject { get; set; }

    public required string ModeratorName { get; set; }

    public string? Reason { get; set; }

    public DateTime At { get; set; }
}

[Description("What a moderation action did.")]
public enum ModerationKind
{
    [Description("A planner approved a waiting contribution.")]
    Approve,

    [Description("A planner hid a contribution with a public reason.")]
    Hide,

    [Description("A planner made a hidden contribution public again.")]
    Restore,

    [Description("Enough flags hid the contribution until a planner decides.")]
    HideByFlags,
}
