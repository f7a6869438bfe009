using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>A report table as a download: German CSV, XLSX (numbers as numbers), and a map's spaces as GeoJSON.</summary>
public static class ReportFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string GeoJsonContentType = "application/geo+json";

    /// <summary>The header and the rows as text; numbers with the decimal comma, withheld values as „•“, missing ones empty.</summary>
    public static byte[] Csv(ReportTable table) =>
        GermanCsv.Write([Header(table), .. table.Rows.Select(row => (IReadOnlyList<string>)[row.Heading, .. row.Cells.Zip(table.Columns, CsvCell)])]);

    public static byte[] Xlsx(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Header(table).Select(Text)));
            foreach (var row in table.Rows)
            {
                data.Append(Row([Text(row.Heading), .. row.Cells.Zip(table.Columns, XlsxCell)]));
            }

            data.Append(new Row());
            data.Append(table.Notes.Select(n => Row([Text(n)])));
            data.Append(Row([Text(table.Caption)]));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Tabelle" }));
        }

        return stream.ToArray();
    }

    /// <summary>The spaces of a map with what the report colours them by (RFC 7946, WGS84).</summary>
    public static byte[] GeoJson(ReportTable table, IEnumerable<SpaceShape> spaces)
    {
        var values = table.MapValues.ToDictionary(v => v.SocialSpace);
        var features = spaces.Where(s => values.ContainsKey(s.Key)).Select(s => new
        {
            type = "Feature",
            geometry = s.Geometry,
            properties = new { key = s.Key, name = s.Name, value = values[s.Key].Value, @class = values[s.Key].Class, text = values[s.Key].Text },
        });
        return JsonSerializer.SerializeToUtf8Bytes(new { type = "FeatureCollection", name = table.Caption, features }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    public static string FileName(int year, ReportTable table, string extension) => $"sozialbericht-{year}-{table.Id}.{extension}";

    private static IReadOnlyList<string> Header(ReportTable table) => [table.RowHeader, .. table.Columns.Select(c => c.Label)];

    private static string CsvCell(ReportCell cell, ReportColumn column) =>
        !column.Numeric ? cell.Text : cell.Suppressed ? Compare.Suppressed : cell.Value is { } v ? GermanCsv.Number(v) : "";

    private static Cell XlsxCell(ReportCell cell, ReportColumn column) =>
        column.Numeric && cell.Value is { } v && !cell.Suppressed
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString("R", CultureInfo.InvariantCulture)) }
            : Text(cell.Text);

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Row Row(IEnumerable<OpenXmlElement> cells)
    {
        var row = new Row();
        row.Append(cells);
        return row;
    }
}
