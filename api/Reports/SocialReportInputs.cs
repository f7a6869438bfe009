using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Reports;

/// <summary>A year's draft: the template and the chapter texts (all of them: chapters not listed are removed).</summary>
public sealed class SocialReportDraftInput
{
    public int Year { get; set; }

    public string? Template { get; set; }

    public List<SocialReportChapterInput> Chapters { get; set; } = [];
}

public sealed class SocialReportChapterInput
{
    public string? Key { get; set; }

    public string? Text { get; set; }
}

public sealed class PublishSocialReportInput
{
    public int Year { get; set; }
}

public sealed record SocialReportPayload(SocialReport? Report, IReadOnlyList<UserError> Errors);

/// <summary>A draft rendered without storing it, or the problems that stop it.</summary>
public sealed record SocialReportPreviewPayload(RenderedReport? Report, IReadOnlyList<UserError> Errors);
