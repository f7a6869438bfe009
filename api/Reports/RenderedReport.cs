using System.Text.Json.Serialization;

namespace SozialHub.Api.Reports;

/// <summary>A report resolved against the data: sections in order. Stored as JSON when published.</summary>
public sealed record RenderedReport(int Year, IReadOnlyList<ReportSection> Sections)
{
    [JsonIgnore]
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);
}

/// <summary>A chapter of the report: a <c>#</c> heading of the template and what follows it.</summary>
/// <param name="Key">The anchor, unique in the report (from the heading).</param>
public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportPart> Parts)
{
    [JsonIgnore]
    public string Html => string.Concat(Parts.Select(p => p.Html));

    [JsonIgnore]
    public IEnumerable<ReportTable> Tables => Parts.Select(p => p.Table).OfType<ReportTable>();
}

/// <summary>Prose (sanitised HTML), or a table, chart or map with its table as HTML and as data.</summary>
public sealed record ReportPart(string Html, ReportTable? Table);

[System.ComponentModel.Description("What a block of the report shows; each carries its table.")]
public enum ReportBlockKind
{
    [System.ComponentModel.Description("A table of values per social space (`{{ table … }}`).")]
    Table,

    [System.ComponentModel.Description("A line chart over years (`{{ chart … }}`).")]
    Chart,

    [System.ComponentModel.Description("A map of values per social space (`{{ map … }}`).")]
    Map,

    [System.ComponentModel.Description("The social index classes, as a map and a table (`{{ socialindex … }}`).")]
    SocialIndex,
}

/// <summary>
/// The numbers of a table, chart or map as published: German text per cell beside the number, so that downloads and
/// charts use exactly what the report shows. <see cref="MapValues"/>: per social space key, the number or class a map colours.
/// </summary>
public sealed record ReportTable(
    string Id, ReportBlockKind Kind, string Caption, string? Unit, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<string> Notes, IReadOnlyList<ReportMapValue> MapValues);

public sealed record ReportColumn(string Label, bool Numeric);

/// <summary>A row: its heading cell (e.g. the Sozialraum) and one cell per further column.</summary>
public sealed record ReportRow(string Heading, IReadOnlyList<ReportCell> Cells, bool Total = false);

/// <param name="Value">The number; null when missing or suppressed.</param>
/// <param name="Text">As the report writes it, e.g. „12,3“, „•“ (suppressed) or „–“.</param>
public sealed record ReportCell(string Text, double? Value = null, bool Suppressed = false);

/// <param name="Class">For class maps (the social index): the class; null for value maps.</param>
public sealed record ReportMapValue(string SpaceKey, double? Value, int? Class, string Text);
