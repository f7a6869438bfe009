using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Reports;

public sealed class SocialReportType : ObjectGraphType<SocialReport>
{
    public SocialReportType()
    {
        Name = "SocialReport";
        Description = "The Sozialbericht of a year: public once published (its numbers frozen then), a draft for planners before.";
        Field(r => r.Year).Description("The report year.");
        Field<NonNullGraphType<BooleanGraphType>>("isPublished").Description("Published: public, with the numbers of the moment of publishing.")
            .Resolve(c => c.Source.PublishedContent is not null);
        Field(r => r.PublishedAt, nullable: true).Description("When it was (last) published (UTC).");
        Field<RenderedSocialReportType>("content").Description("The published report with its frozen numbers; null while unpublished.")
            .Resolve(c => SocialReports.Published(c.Source));
        Field<NonNullGraphType<SocialReportDraftType>>("draft").Description("Planners: the draft (template and chapters) and its live preview.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .Resolve(c => c.Source);
    }
}

public sealed class SocialReportDraftType : ObjectGraphType<SocialReport>
{
    public SocialReportDraftType()
    {
        Name = "SocialReportDraft";
        Description = "The planners' draft of a year's report.";
        Field(r => r.Template).Description("The template: `#` headings start chapters, placeholders (docs/adr/0017-report-sozialbericht.md) pull in data and chapter texts.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialReportChapterType>>>>("chapters").Description("The chapter texts (Markdown).")
            .Resolve(c => c.Source.Chapters.OrderBy(x => x.Key, StringComparer.Ordinal).ToList())
            .InDocument();
        Field(r => r.DraftBy).Description("Who saved the draft last.");
        Field(r => r.UpdatedAt).Description("When the draft or the publication changed last (UTC).");
        Field<NonNullGraphType<SocialReportPreviewPayloadType>>("preview").Description("The draft rendered from the current data (not frozen).")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<SocialReports>().RenderDraftAsync(c.Source, c.CancellationToken))
            .WithComplexityImpact(ReportComplexity.Rendering, 1);
    }
}

public sealed class SocialReportChapterType : ObjectGraphType<SocialReportChapter>
{
    public SocialReportChapterType()
    {
        Name = "SocialReportChapter";
        Description = "A chapter text, included by the template with `{{ chapter key=… }}`.";
        Field(c => c.Key).Description("The key the template names.");
        Field(c => c.Text).Description("Markdown.");
    }
}

public sealed class RenderedSocialReportType : ObjectGraphType<RenderedReport>
{
    public RenderedSocialReportType()
    {
        Name = "RenderedSocialReport";
        Description = "A report resolved against the data: sections with HTML, and every table as data. Small numbers are suppressed.";
        Field(r => r.Year).Description("The report year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialReportSectionType>>>>("sections").Description("The chapters in order.")
            .Resolve(c => c.Source.Sections)
            .InDocument();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportTableType>>>>("tables").Description("Every table, chart and map of the report.")
            .Resolve(c => c.Source.Tables.ToList())
            .InDocument();
    }
}

public sealed class SocialReportSectionType : ObjectGraphType<ReportSection>
{
    public SocialReportSectionType()
    {
        Name = "SocialReportSection";
        Description = "A chapter of the report (a `#` heading of the template).";
        Field(s => s.Key).Description("Anchor, unique in the report.");
        Field(s => s.Title).Description("The heading.");
        Field(s => s.Html).Description("The whole chapter as HTML (sanitised text and the tables; headings from level 3).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialReportPartType>>>>("parts").Description("Text and blocks in order.")
            .Resolve(c => c.Source.Parts)
            .InDocument();
    }
}

public sealed class SocialReportPartType : ObjectGraphType<ReportPart>
{
    public SocialReportPartType()
    {
        Name = "SocialReportPart";
        Description = "Text, or a table, chart or map.";
        Field(p => p.Html).Description("Sanitised HTML; for a block, its table.");
        Field<ReportTableType>("table").Description("The block's data; null for text.").Resolve(c => c.Source.Table);
    }
}

public sealed class ReportTableType : ObjectGraphType<ReportTable>
{
    public ReportTableType()
    {
        Name = "ReportTable";
        Description = "The numbers of a table, chart or map of the report, each cell as written and as a number.";
        Field(t => t.Id).Description("Unique in the report, e.g. `tabelle-3`.");
        Field<NonNullGraphType<EnumerationGraphType<ReportBlockKind>>>("kind").Description("Table, chart, map or social index.").Resolve(c => c.Source.Kind);
        Field(t => t.Caption).Description("What the table shows.");
        Field(t => t.Unit, nullable: true).Description("The unit of the values.");
        Field<NonNullGraphType<StringGraphType>>("rowHeader").Description("The heading of the rows' column (Sozialraum or Jahr).")
            .Resolve(c => ReportTableHtml.FirstHeader(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns").Description("The columns after the row heading.").Resolve(c => c.Source.Columns)
            .InDocument();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportRowType>>>>("rows").Description("The rows.").Resolve(c => c.Source.Rows)
            .InDocument();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes").Description("Source and notes (suppression, small spaces).").Resolve(c => c.Source.Notes)
            .InDocument();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportMapValueType>>>>("mapValues").Description("Maps: what each social space is coloured by.").Resolve(c => c.Source.MapValues)
            .InDocument();
    }
}

public sealed class ReportColumnType : ObjectGraphType<ReportColumn>
{
    public ReportColumnType()
    {
        Name = "ReportColumn";
        Description = "A column of a report table.";
        Field(c => c.Label).Description("The heading.");
        Field(c => c.Numeric).Description("Holds numbers.");
    }
}

public sealed class ReportRowType : ObjectGraphType<ReportRow>
{
    public ReportRowType()
    {
        Name = "ReportRow";
        Description = "A row of a report table.";
        Field(r => r.Heading).Description("The row's heading cell, e.g. the social space or the year.");
        Field(r => r.Total).Description("A total (a Stadtteil, the Soziale-Stadt areas or the city).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportCellType>>>>("cells").Description("One cell per column.").Resolve(c => c.Source.Cells)
            .InDocument();
    }
}

public sealed class ReportCellType : ObjectGraphType<ReportCell>
{
    public ReportCellType()
    {
        Name = "ReportCell";
        Description = "A cell of a report table.";
        Field(c => c.Text).Description("As the report writes it (German digits; `•` suppressed, `–` missing).");
        Field(c => c.Value, nullable: true).Description("The number; null for text, missing or suppressed values.");
        Field(c => c.Suppressed).Description("Withheld for small numbers (methods.md §3).");
    }
}

public sealed class ReportMapValueType : ObjectGraphType<ReportMapValue>
{
    public ReportMapValueType()
    {
        Name = "ReportMapValue";
        Description = "What a map of the report colours a social space by.";
        Field("socialSpace", v => v.SpaceKey).Description("The social space (key).");
        Field(v => v.Value, nullable: true).Description("The value; null when missing or suppressed.");
        Field(v => v.Class, nullable: true).Description("For the social index: the status class.");
        Field(v => v.Text).Description("The tooltip text.");
    }
}

public sealed class SocialReportPayloadType : ObjectGraphType<SocialReportPayload>
{
    public SocialReportPayloadType()
    {
        Name = "SocialReportPayload";
        Description = "The stored report, or the problems that stopped the change (nothing was stored).";
        Field<SocialReportType>("report").Description("The report after the change.").Resolve(c => c.Source.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Problems; unknown placeholders name their line.").Resolve(c => c.Source.Errors);
    }
}

public sealed class SocialReportPreviewPayloadType : ObjectGraphType<SocialReportPreviewPayload>
{
    public SocialReportPreviewPayloadType()
    {
        Name = "SocialReportPreviewPayload";
        Description = "A draft rendered from the current data, or the problems that stop it.";
        Field<RenderedSocialReportType>("report").Description("The rendered draft.").Resolve(c => c.Source.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Problems, each naming the template or chapter and the line.").Resolve(c => c.Source.Errors);
    }
}

public sealed class SocialReportDraftInputType : InputObjectGraphType<SocialReportDraftInput>
{
    public SocialReportDraftInputType()
    {
        Name = "SocialReportDraftInput";
        Description = "A year's draft: the template and all chapter texts.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The report year.");
        Field<NonNullGraphType<StringGraphType>>("template").Description($"Markdown with placeholders, at most {SocialReport.MaxTemplateLength} characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialReportChapterInputType>>>>("chapters").Description("Every chapter; those not listed are removed.");
    }
}

public sealed class SocialReportChapterInputType : InputObjectGraphType<SocialReportChapterInput>
{
    public SocialReportChapterInputType()
    {
        Name = "SocialReportChapterInput";
        Description = "A chapter text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Lower-case letters, digits and hyphens.");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"Markdown, at most {SocialReportChapter.MaxTextLength} characters.");
    }
}

public sealed class PublishSocialReportInputType : InputObjectGraphType<PublishSocialReportInput>
{
    public PublishSocialReportInputType()
    {
        Name = "PublishSocialReportInput";
        Description = "Names the year whose stored draft is published.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The report year.");
    }
}

/// <summary>What the report's fields cost in the complexity limit (GraphQL:MaxComplexity).</summary>
internal static class ReportComplexity
{
    /// <summary>Rendering a draft reads every indicator it names: counted like a page of a list.</summary>
    public const double Rendering = 500;

    /// <summary>
    /// The lists of a report are parts of one document already in memory (the published JSON or one rendering), not
    /// pages read from the database: they add their fields once instead of multiplying them by the default page size.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> InDocument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithComplexityImpact(1, 1);
}
