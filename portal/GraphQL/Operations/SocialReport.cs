using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of SocialReportList.graphql.</summary>
public sealed record SocialReportListData(IReadOnlyList<SocialReportSummary> SocialReports)
{
    public static readonly GraphQLOperation<SocialReportListData> Operation = new("SocialReportList");
}

public sealed record SocialReportSummary(int Year, bool IsPublished, DateTime? PublishedAt);

/// <summary>The data of SocialReportPage.graphql.</summary>
public sealed record SocialReportPageData(PublishedSocialReport? SocialReport, Connection<SpaceShape> SocialSpaces)
{
    public static readonly GraphQLOperation<SocialReportPageData> Operation = new("SocialReportPage");
}

public sealed record PublishedSocialReport(int Year, bool IsPublished, DateTime? PublishedAt, RenderedReport? Content);

/// <summary>The data of PreviewSocialReport.graphql.</summary>
public sealed record PreviewSocialReportData(ReportPreview PreviewSocialReport, Connection<SpaceShape> SocialSpaces)
{
    public static readonly GraphQLOperation<PreviewSocialReportData> Operation = new("PreviewSocialReport");
}

public sealed record ReportPreview(RenderedReport? Report, IReadOnlyList<UserError> Errors);

public sealed record RenderedReport(int Year, IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Parts).Select(p => p.Table).OfType<ReportTable>();
}

public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportPart> Parts);

public sealed record ReportPart(string Html, ReportTable? Table);

public sealed record ReportTable(
    string Id, ReportBlockKind Kind, string Caption, string? Unit, string RowHeader, IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes, IReadOnlyList<ReportMapValue> MapValues);

public sealed record ReportColumn(string Label, bool Numeric);

public sealed record ReportRow(string Heading, bool Total, IReadOnlyList<ReportCell> Cells);

public sealed record ReportCell(string Text, double? Value, bool Suppressed);

public sealed record ReportMapValue(string SocialSpace, double? Value, int? Class, string Text);

/// <summary>The API's <c>ReportBlockKind</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportBlockKind>))]
public enum ReportBlockKind
{
    [JsonStringEnumMemberName("TABLE")] Table,
    [JsonStringEnumMemberName("CHART")] Chart,
    [JsonStringEnumMemberName("MAP")] Map,
    [JsonStringEnumMemberName("SOCIAL_INDEX")] SocialIndex,
}

/// <summary>The data of SocialReportEditor.graphql.</summary>
public sealed record SocialReportEditorData(DraftSocialReport? SocialReport)
{
    public static readonly GraphQLOperation<SocialReportEditorData> Operation = new("SocialReportEditor");
}

public sealed record DraftSocialReport(int Year, bool IsPublished, DateTime? PublishedAt, SocialReportDraft Draft);

public sealed record SocialReportDraft(string Template, IReadOnlyList<SocialReportChapter> Chapters, string DraftBy);

public sealed record SocialReportChapter(string Key, string Text);

/// <summary>The data of SaveSocialReportDraft.graphql and PublishSocialReport.graphql (aliased to <c>payload</c>).</summary>
public sealed record SocialReportMutationData(SocialReportPayload Payload)
{
    public static readonly GraphQLOperation<SocialReportMutationData> Save = new("SaveSocialReportDraft");
    public static readonly GraphQLOperation<SocialReportMutationData> Publish = new("PublishSocialReport");
}

public sealed record SocialReportPayload(SocialReportSummary? Report, IReadOnlyList<UserError> Errors);
