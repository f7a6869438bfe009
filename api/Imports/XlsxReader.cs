using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SozialHub.Api.Imports;

/// <summary>
/// The first sheet of an XLSX workbook as a table, read row by row (memory stays flat). Cells hold what Excel shows
/// as values: formulas are refused (their result depends on Excel), and so are merged cells in the header, each
/// with a German message naming the cell.
/// </summary>
public sealed class XlsxReader : ITableSource
{
    private const string Unreadable = "Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX).";

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private readonly List<string> _merged;
    private readonly string _fileName;

    private XlsxReader(SpreadsheetDocument document, WorksheetPart sheet, string fileName)
    {
        _document = document;
        _fileName = fileName;
        _sharedStrings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        _merged = MergedRanges(sheet);
        _reader = OpenXmlReader.Create(sheet);
    }

    public CsvDialect Dialect => CsvDialect.Workbook;

    public static XlsxReader Open(Stream stream, string fileName)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw Refused(fileName, Unreadable);
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                throw Refused(fileName, "Die Arbeitsmappe enthält kein Tabellenblatt.");
            }

            return new XlsxReader(document, sheet, fileName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            document?.Dispose();
            throw Refused(fileName, Unreadable);
        }
        catch
        {
            document?.Dispose();
            throw;
        }
    }

    public CsvRecord ReadHeader()
    {
        var header = Read() ?? throw Refused(_fileName, "Die Datei ist leer.");
        foreach (var range in _merged)
        {
            var (first, last) = (range.Split(':')[0], range.Split(':')[^1]);
            if (RowOf(first) <= header.Line && header.Line <= RowOf(last))
            {
                throw new ImportException(new ImportProblem(_fileName, header.Line, ColumnOf(first) + 1, null,
                    $"Die Kopfzeile enthält verbundene Zellen ({range}): bitte heben Sie die Verbindung auf, damit jede Spalte eine eigene Überschrift hat."));
            }
        }

        return header;
    }

    public CsvRecord? Read()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
            {
                var record = Record((Row)_reader.LoadCurrentElement()!);
                if (record.Fields.Any(f => f.Length > 0))
                {
                    return record;
                }
            }
        }

        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private CsvRecord Record(Row row)
    {
        var line = (int)(row.RowIndex?.Value ?? 0);
        var fields = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value;
            var column = reference is null ? fields.Count : ColumnOf(reference);
            if (cell.CellFormula is not null)
            {
                throw new ImportException(new ImportProblem(_fileName, line, column + 1, null,
                    $"Die Zelle {reference} enthält eine Formel: bitte fügen Sie die Werte ein (Inhalte einfügen → Werte)."));
            }

            while (fields.Count < column)
            {
                fields.Add("");
            }

            fields.Add(Text(cell));
        }

        return new CsvRecord(line, fields);
    }

    private string Text(Cell cell)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < _sharedStrings.Length ? _sharedStrings[index] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return cell.DataType?.Value == CellValues.Boolean ? (value == "1" ? "true" : "false") : value;
    }

    /// <summary>The merged ranges (e.g. <c>A1:C1</c>), which follow the rows: read past them without loading any.</summary>
    private static List<string> MergedRanges(WorksheetPart sheet)
    {
        var ranges = new List<string>();
        using var reader = OpenXmlReader.Create(sheet);
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(SheetData) && reader.IsStartElement)
            {
                reader.Skip();
                more = !reader.EOF;
                continue;
            }

            if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement
                && reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value is { Length: > 0 } range)
            {
                ranges.Add(range);
            }

            more = reader.Read();
        }

        return ranges;
    }

    /// <summary>0-based column of a reference like <c>AB12</c>.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), out var row) ? row : 0;

    private static ImportException Refused(string fileName, string message) => new(new ImportProblem(fileName, 0, 0, null, message));
}
