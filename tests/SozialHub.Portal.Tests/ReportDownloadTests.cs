using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL.Operations;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>A report table downloaded as CSV or XLSX reads back to the numbers the API gave, including the withheld mark.</summary>
[Collection(PortalFixture.Collection)]
public sealed class ReportDownloadTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Csv_and_xlsx_of_a_report_table_parse_back_to_the_same_numbers()
    {
        var table = await TableFromApiAsync();

        var csv = ReportFiles.Csv(table);
        var xlsx = ReportFiles.Xlsx(table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        Assert.Equal(["Sozialraum", "Stadtteil", "Wert (%)"], lines[0]);
        Assert.Equal(Expected(table), lines.Skip(1).Select(l => (l[0], l[2] == "•" ? (double?)null : double.Parse(l[2], German), l[2] == "•")));
        Assert.Contains(lines, l => l[2].Contains(',', StringComparison.Ordinal));

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
        Assert.Equal(["Sozialraum", "Stadtteil", "Wert (%)"], rows[0].Elements<Cell>().Select(Text));
        Assert.Equal(Expected(table), rows.Skip(1).Take(table.Rows.Count).Select(r => r.Elements<Cell>().ToList()).Select(c =>
            (Text(c[0]), c[2].DataType?.Value == CellValues.Number ? double.Parse(Text(c[2]), CultureInfo.InvariantCulture) : (double?)null, Text(c[2]) == "•")));
    }

    private static IEnumerable<(string, double?, bool)> Expected(ReportTable table) =>
        table.Rows.Select(r => (r.Heading, r.Cells[1].Value, r.Cells[1].Suppressed));

    /// <summary>A map table as the report builds it, from the API's public ranking of child poverty (with withheld values).</summary>
    private async Task<ReportTable> TableFromApiAsync()
    {
        var data = await fixture.QueryApiAsync(
            "{ indicator(key: \"child_poverty\") { ranking { value suppressed socialSpace { key name district { name } } } } }");
        var ranking = data.GetProperty("indicator").GetProperty("ranking").EnumerateArray().ToList();
        var rows = ranking.Select(r =>
        {
            var suppressed = r.GetProperty("suppressed").GetBoolean();
            double? value = suppressed || r.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("value").GetDouble();
            var space = r.GetProperty("socialSpace");
            return new ReportRow(space.GetProperty("name").GetString()!, false,
                [new ReportCell(space.GetProperty("district").GetProperty("name").GetString()!, null, false), new ReportCell(suppressed ? "•" : $"{value:N1}", value, suppressed)]);
        }).ToList();
        Assert.Contains(rows, r => r.Cells[1].Suppressed);
        return new ReportTable("tabelle-1", ReportBlockKind.Map, "Kinderarmut", "%", "Sozialraum",
            [new ReportColumn("Stadtteil", false), new ReportColumn("Wert (%)", true)], rows, ["Quelle: Test"], []);
    }
}
