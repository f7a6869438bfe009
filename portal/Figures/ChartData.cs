using System.Text.Json;

namespace SozialHub.Portal.Figures;

/// <summary>One line of a chart; <paramref name="Values"/> are aligned with the chart's years (null: no value).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values, bool Emphasis = true);

/// <summary>
/// A line chart over years (or a bar chart over categories), as JSON that wwwroot/js/charts.js reads from a <c>script type="application/json"</c>
/// block. The same numbers are always in a table beside it.
/// </summary>
public sealed record ChartData(string Id, string Label, string Json)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ChartData Line(string id, string label, IReadOnlyList<int> years, IEnumerable<ChartSeries> series, string unit) =>
        new(id, label, JsonSerializer.Serialize(new { years, unit, series }, Options));

    /// <summary>Bars per category (e.g. age groups); charts.js reads the categories where a line chart has its years.</summary>
    public static ChartData Bar(string id, string label, IReadOnlyList<string> categories, IEnumerable<ChartSeries> series, string unit) =>
        new(id, label, JsonSerializer.Serialize(new { type = "bar", years = categories, unit, series }, Options));
}
