namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of ModerationPage.graphql.</summary>
public sealed record ModerationPageData(
    Connection<QueueEntry> Pending,
    Connection<QueueEntry> Flagged,
    Connection<QueueEntry> Hidden,
    Connection<ModerationLogEntry> ModerationLog)
{
    public static readonly GraphQLOperation<ModerationPageData> Operation = new("ModerationPage");
}

public sealed record QueueEntry(
    string Id,
    string Kind,
    ContributionState State,
    string AuthorName,
    DateTime CreatedAt,
    string? HiddenReason,
    KeyName? ActionField,
    KeyName? SocialSpace,
    QueueContext? Context,
    QueueModeration? Moderation);

public sealed record QueueContext(NameOnly? SocialSpace, NameOnly? Indicator, int? Year);

public sealed record NameOnly(string Name);

public sealed record QueueModeration(string? Title, string Text, IReadOnlyList<QueueFlag> Flags);

public sealed record QueueFlag(string Reason, DateTime CreatedAt, bool IsSettled);

public sealed record ModerationLogEntry(string Kind, string ModeratorName, string? Reason, DateTime At, IdOnly Contribution);

public sealed record IdOnly(string Id);
