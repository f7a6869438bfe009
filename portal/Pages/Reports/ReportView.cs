using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Reports;

/// <summary>A rendered report on a page: its sections, the outlines for its maps, and whether its tables link to downloads.</summary>
public sealed record ReportView(RenderedReport Report, IReadOnlyList<SpaceShape> Spaces, MapOptions MapOptions, bool Downloads)
{
    public MapData? Map(ReportTable table) => ReportFigures.Map(table, Spaces, MapOptions);

    public static ChartData? Chart(ReportTable table) => ReportFigures.Chart(table);
}
