using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>The chart or map of a report block, drawn from the block's table (which stays beside it).</summary>
public static class ReportFigures
{
    public static ChartData? Chart(ReportTable table) => table.Kind != ReportBlockKind.Chart ? null : ChartData.Line(
        $"{table.Id}-diagramm", table.Caption,
        [.. table.Rows.Select(r => int.Parse(r.Heading, System.Globalization.CultureInfo.InvariantCulture))],
        table.Columns.Select((c, i) => new ChartSeries(c.Label, [.. table.Rows.Select(r => r.Cells[i].Value)], i == 0)),
        table.Unit ?? "");

    public static MapData? Map(ReportTable table, IReadOnlyList<SpaceShape> spaces, MapOptions options) => table.Kind switch
    {
        ReportBlockKind.Map => MapData.Choropleth($"{table.Id}-karte", table.Caption, spaces,
            table.MapValues.Where(v => v.Value is not null).ToDictionary(v => v.SocialSpace, v => v.Value!.Value),
            value => value is { } v ? $"{v.ToString("N1", Format.German)} {table.Unit}" : Format.Missing, options),
        ReportBlockKind.SocialIndex => MapData.Classes($"{table.Id}-karte", table.Caption, spaces,
            table.MapValues.Where(v => v.Class is not null).ToDictionary(v => v.SocialSpace, v => (v.Class!.Value, v.Text)),
            [.. SocialIndexLabels.StatusClasses.Select(c => new LegendClass(c, $"{c} {SocialIndexLabels.Status(c)}"))], options),
        _ => null,
    };
}
