using System.ComponentModel;

namespace SozialHub.Api.Imports;

[Description("How a file of indicator values is laid out.")]
public enum ImportFormat
{
    [Description("One row per value: social space, indicator, year, value (or numerator and denominator).")]
    Long,

    [Description("One row per social space (and indicator), one column per year holding the value.")]
    Wide,
}

/// <summary>Which heading of the file holds what; a null heading means the usual names (English or German).</summary>
public sealed record ValueColumns
{
    public string? SocialSpace { get; init; }

    public string? Indicator { get; init; }

    public string? Year { get; init; }

    public string? Value { get; init; }

    public string? Numerator { get; init; }

    public string? Denominator { get; init; }

    public string? Provisional { get; init; }
}

/// <summary>The layout of a file of indicator values: its format, the mapping of its columns, and a fixed indicator.</summary>
/// <param name="IndicatorKey">The indicator of every row when the file has no indicator column.</param>
public sealed record ValueLayout(ImportFormat Format, ValueColumns Columns, string? IndicatorKey = null)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static ValueLayout Long { get; } = new(ImportFormat.Long, new ValueColumns());

    /// <summary>The columns to find in the header; in the wide format the year columns are found by their headings.</summary>
    public IReadOnlyList<CsvColumn> CsvColumns()
    {
        var columns = new List<CsvColumn>
        {
            Column("socialSpace", true, Columns.SocialSpace, "Sozialraum"),
            Column("indicator", IndicatorKey is null, Columns.Indicator, "Indikator"),
            Column("provisional", false, Columns.Provisional, "vorläufig"),
        };
        if (Format == ImportFormat.Long)
        {
            columns.Add(Column("year", true, Columns.Year, "Jahr", "Periode"));
            columns.Add(Column("value", false, Columns.Value, "Wert"));
            columns.Add(Column("numerator", false, Columns.Numerator, "Zähler"));
            columns.Add(Column("denominator", false, Columns.Denominator, "Nenner"));
        }

        return columns;
    }

    /// <summary>A heading of the wide format that names a year, e.g. <c>2024</c>.</summary>
    public static bool IsYearHeading(string heading) =>
        int.TryParse(heading, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year is >= MinYear and <= MaxYear;

    private static CsvColumn Column(string name, bool required, string? mapped, params string[] aliases) =>
        string.IsNullOrWhiteSpace(mapped) ? new CsvColumn(name, required, aliases) : CsvColumn.Mapped(name, required, mapped);
}
