namespace SozialHub.Api.Contributions;

// The mutations' inputs as GraphQL.NET fills them from the input objects (ContributionInputTypes.cs).

public sealed class PostCommentInput
{
    /// <summary>Target: an action field (key) …</summary>
    public string? ActionField { get; set; }

    /// <summary>… or a social space (key); neither for a reply.</summary>
    public string? SocialSpace { get; set; }

    /// <summary>The contribution answered (global id).</summary>
    public string? ReplyTo { get; set; }

    public string? Text { get; set; }

    /// <summary>Write as this organisation (global id); the caller must be a member.</summary>
    public string? OrganizationId { get; set; }

    public ContextInput? Context { get; set; }
}

public sealed class PostLocalKnowledgeInput
{
    public LocalKnowledgeCategory? Category { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Instead of a point: the social space chosen from a list (key).</summary>
    public string? SocialSpace { get; set; }

    /// <summary>Write as this organisation (global id); the caller must be a member.</summary>
    public string? OrganizationId { get; set; }

    public ContextInput? Context { get; set; }
}

/// <summary>What the person was looking at while writing.</summary>
public sealed class ContextInput
{
    public string? SocialSpace { get; set; }

    public string? Indicator { get; set; }

    public int? Year { get; set; }
}

public sealed class EditContributionInput
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    /// <summary>Local knowledge only; unchanged when null.</summary>
    public string? Title { get; set; }
}

/// <summary>For the mutations that need only the contribution (delete, support, approve, restore).</summary>
public sealed class ContributionIdInput
{
    public string? Id { get; set; }
}

/// <summary>For flag and hide: the contribution and why.</summary>
public sealed class ContributionReasonInput
{
    public string? Id { get; set; }

    public string? Reason { get; set; }
}

public sealed class AnonymizeContributionsInput
{
    public string? Subject { get; set; }

    /// <summary>The person chose to delete their texts too, not only their name.</summary>
    public bool DeleteTexts { get; set; }
}

/// <summary>What every contribution mutation answers: the contribution as it is now, or why nothing changed.</summary>
public sealed record ContributionPayload(Contribution? Contribution, IReadOnlyList<GraphQL.UserError> Errors)
{
    public static ContributionPayload Failed(IReadOnlyList<GraphQL.UserError> errors) => new(null, errors);

    public static ContributionPayload Done(Contribution contribution) => new(contribution, []);
}
