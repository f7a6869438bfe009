using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Reports;

/// <summary>A table of a published report as CSV (German Excel), XLSX, or for maps GeoJSON.</summary>
public sealed class TableModel(GraphQLClient graphQL) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, string id, string format, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(SocialReportPageData.Operation, new { year }, cancellationToken);
        if (data.SocialReport?.Content?.Tables.FirstOrDefault(t => t.Id == id) is not { } table)
        {
            return NotFound();
        }

        return format switch
        {
            "csv" => File(ReportFiles.Csv(table), GermanCsv.ContentType, ReportFiles.FileName(year, table, "csv")),
            "xlsx" => File(ReportFiles.Xlsx(table), ReportFiles.XlsxContentType, ReportFiles.FileName(year, table, "xlsx")),
            "geojson" when table.MapValues.Count > 0 =>
                File(ReportFiles.GeoJson(table, data.SocialSpaces.Nodes), ReportFiles.GeoJsonContentType, ReportFiles.FileName(year, table, "geojson")),
            _ => NotFound(),
        };
    }
}
