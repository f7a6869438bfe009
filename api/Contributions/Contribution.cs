using System.ComponentModel;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Indicators;
using SozialHub.Api.Organizations;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Contributions;

/// <summary>
/// A Beitrag: a comment on an action field or a social space, or a piece of local knowledge (Ortswissen) in a
/// social space. Replies are comments with a parent and inherit its target.
/// </summary>
public sealed class Contribution : Entity
{
    public const int MaxTextLength = 5000;
    public const int MaxReplyDepth = 3;

    /// <summary>Shown instead of the author's name once the account is deleted.</summary>
    public const string DeletedAccountName = "gelöschtes Konto";

    public ContributionKind Kind { get; set; }

    /// <summary>The author's <c>sub</c> claim; null once the account is deleted (anonymised).</summary>
    public string? AuthorSubject { get; set; }

    /// <summary>The display name at the time of writing, never the e-mail address.</summary>
    public required string AuthorName { get; set; }

    /// <summary>The organisation the author wrote as (they were a member when posting), if any; shown as the author.</summary>
    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? ActionFieldId { get; set; }

    public ActionField? ActionField { get; set; }

    public int? SocialSpaceId { get; set; }

    public SocialSpace? SocialSpace { get; set; }

    public int? ParentId { get; set; }

    public Contribution? Parent { get; set; }

    /// <summary>0 for a contribution, 1..<see cref="MaxReplyDepth"/> for replies.</summary>
    public int Depth { get; set; }

    /// <summary>Markdown as written.</summary>
    public string Text { get; set; } = "";

    /// <summary><see cref="Text"/> rendered and sanitised (<see cref="ContributionText"/>).</summary>
    public string Html { get; set; } = "";

    /// <summary>Local knowledge only.</summary>
    public string? Title { get; set; }

    /// <summary>Local knowledge only.</summary>
    public LocalKnowledgeCategory? Category { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>What the person was looking at while writing (all optional).</summary>
    public int? ContextSocialSpaceId { get; set; }

    public SocialSpace? ContextSocialSpace { get; set; }

    public int? ContextIndicatorId { get; set; }

    public Indicator? ContextIndicator { get; set; }

    public int? ContextYear { get; set; }

    public ContributionStatus Status { get; set; }

    /// <summary>The public reason while <see cref="Status"/> is <see cref="ContributionStatus.Hidden"/>.</summary>
    public string? HiddenReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }

    /// <summary>Deleted by its author: shown as deleted, its replies stay.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<ContributionSupport> Supports { get; } = [];

    public List<ContributionFlag> Flags { get; } = [];

    public List<ContributionRevision> Revisions { get; } = [];

    public bool IsPublic => Status != ContributionStatus.Pending;
}

[Description("What a contribution is.")]
public enum ContributionKind
{
    [Description("Kommentar: on an action field or a social space, or a reply.")]
    Comment,

    [Description("Ortswissen: local knowledge placed in a social space.")]
    LocalKnowledge,
}

[Description("What kind of local knowledge (Ortswissen) it is.")]
public enum LocalKnowledgeCategory
{
    [Description("Treffpunkt.")]
    MeetingPlace,

    [Description("Problem.")]
    Problem,

    [Description("Idee.")]
    Idea,

    [Description("Fehlendes Angebot.")]
    MissingOffering,
}

/// <summary>Where a contribution stands in moderation.</summary>
public enum ContributionStatus
{
    /// <summary>Waits for a planner's approval (pre-moderation); not public.</summary>
    Pending,

    Published,

    /// <summary>Hidden by a planner or by flags: public with its reason, without its text.</summary>
    Hidden,
}

/// <summary>A person's support (Zustimmung); one per person and contribution.</summary>
public sealed class ContributionSupport
{
    public int ContributionId { get; set; }

    public required string Subject { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A signed-in person reported a contribution, with a reason; one per person and contribution.</summary>
public sealed class ContributionFlag
{
    public const int MaxReasonLength = 500;

    public int Id { get; set; }

    public int ContributionId { get; set; }

    /// <summary>Null once the account is deleted.</summary>
    public string? Subject { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>A planner decided after this flag (approved or restored): it no longer counts towards hiding.</summary>
    public DateTime? SettledAt { get; set; }
}

/// <summary>A previous text of an edited contribution.</summary>
public sealed class ContributionRevision
{
    public int Id { get; set; }

    public int ContributionId { get; set; }

    public string? Title { get; set; }

    public required string Text { get; set; }

    /// <summary>When the author replaced this text.</summary>
    public DateTime ReplacedAt { get; set; }
}
