using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Tests.ImportWorkflow;

/// <summary>XLSX uploads: the first sheet is read as a table; formulas and merged header cells are refused naming the cell.</summary>
[Collection(ApiCollection.Collection)]
public sealed class XlsxTests(ApiEnvironment environment)
{
    private static readonly object?[] Header = ["Sozialraum", "Indikator", "Jahr", "Wert", "Zähler", "Nenner"];

    [Fact]
    public async Task The_first_sheet_of_a_workbook_is_previewed_like_a_csv_file()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync(Workbook([Header, ["roden-nord", "sgb2_share", 2031.0, null, 10.0, 100.0], ["roden-nord", "population", 2031.0, 1234.5]]), "werte.xlsx");

        var preview = (await api.PreviewAsync(new { uploadId })).GetProperty("preview");

        Assert.Empty(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, 2, true), (preview.GetProperty("rowCount").GetInt32(), preview.GetProperty("newCount").GetInt32(), preview.GetProperty("canApply").GetBoolean()));
        Assert.Contains("Excel", preview.GetProperty("format").GetString(), StringComparison.Ordinal);
        var population = preview.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetProperty("key").GetString() == "population");
        Assert.Equal(1234.5, population.GetProperty("values")[0].GetProperty("newValue").GetDouble());
    }

    public static TheoryData<string, byte[], int, int, string> BadWorkbooks => new()
    {
        { "formula", Workbook([Header, ["roden-nord", "population", 2031.0, 1.0]], formulaAt: "D2"), 2, 4, "Die Zelle D2 enthält eine Formel" },
        { "merged header", Workbook([Header, ["roden-nord", "population", 2031.0, 1.0]], merged: "A1:B1"), 1, 1, "verbundene Zellen (A1:B1)" },
        { "not a workbook", ZipWithoutWorkbook(), 0, 0, "keine lesbare Excel-Arbeitsmappe" },
    };

    [Theory]
    [MemberData(nameof(BadWorkbooks))]
    public async Task A_bad_workbook_is_refused_naming_the_cell(string what, byte[] workbook, int line, int column, string message)
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync(workbook, $"{what}.xlsx");

        var preview = (await api.PreviewAsync(new { uploadId })).GetProperty("preview");

        var problem = Assert.Single(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal((line, column), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Contains(message, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(preview.GetProperty("canApply").GetBoolean());
    }

    /// <summary>A workbook of one sheet: numbers as number cells, texts as inline strings, null as no cell.</summary>
    private static byte[] Workbook(object?[][] rows, string? formulaAt = null, string? merged = null)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    Cell? cell = rows[r][c] switch
                    {
                        double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                        string text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
                        _ => null,
                    };
                    if (cell is not null && reference == formulaAt)
                    {
                        cell.CellFormula = new CellFormula("0+1");
                    }

                    row.Append(cell is null ? [] : [cell]);
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (merged is not null)
            {
                worksheet.Append(new MergeCells(new MergeCell { Reference = merged }));
            }

            sheet.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Werte" }));
        }

        return memory.ToArray();
    }

    private static byte[] ZipWithoutWorkbook()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notiz.txt").Open());
            entry.Write("kein Excel");
        }

        return memory.ToArray();
    }
}
