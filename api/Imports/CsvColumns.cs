namespace SozialHub.Api.Imports;

/// <summary>A column the importer knows, by its English name and the German headings that mean the same.</summary>
public sealed record CsvColumn(string Name, bool Required, params string[] Aliases)
{
    /// <summary>A column a person mapped to one heading of the file: only that heading counts.</summary>
    public static CsvColumn Mapped(string name, bool required, string heading) => new(name, required, heading) { OnlyAliases = true };

    private bool OnlyAliases { get; init; }

    public bool Matches(string heading) =>
        (!OnlyAliases && string.Equals(heading.Trim(), Name, StringComparison.OrdinalIgnoreCase))
        || Aliases.Any(a => string.Equals(heading.Trim(), a.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Where a table's records come from: a CSV file or the first sheet of a workbook.</summary>
public interface ITableSource : IDisposable
{
    /// <summary>How the cells write numbers.</summary>
    CsvDialect Dialect { get; }

    /// <summary>The header; an empty file is refused with an <see cref="ImportException"/>.</summary>
    CsvRecord ReadHeader();

    /// <summary>The next data record, or null at the end.</summary>
    CsvRecord? Read();
}

/// <summary>The problems found in one file, capped so a broken million-row file does not fill memory.</summary>
public sealed class ImportProblems(string fileName)
{
    private const int MaxProblems = 500;
    private readonly List<ImportProblem> _problems = [];

    public string FileName { get; } = fileName;

    public bool Any => _problems.Count > 0;

    /// <summary>The problems in the order found (at most the first 500).</summary>
    public IReadOnlyList<ImportProblem> All => _problems;

    public void Add(int line, int column, string? field, string message)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(new ImportProblem(FileName, line, column, field, message));
        }
    }

    /// <summary>Throws the collected problems, so that nothing of the file is applied.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new ImportException(_problems);
        }
    }
}

/// <summary>A CSV file read row by row, with its columns found by heading.</summary>
public sealed class CsvTable : IDisposable
{
    private readonly ITableSource _reader;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<string> _headings = [];

    private CsvTable(ITableSource reader, ImportProblems problems)
    {
        _reader = reader;
        Problems = problems;
    }

    public ImportProblems Problems { get; }

    public CsvDialect Dialect => _reader.Dialect;

    /// <summary>Opens the file and maps its header; a missing required column is refused at once.</summary>
    public static CsvTable Open(Stream stream, string fileName, IReadOnlyList<CsvColumn> columns) =>
        Open(CsvReader.Open(stream, fileName), fileName, columns);

    /// <inheritdoc cref="Open(Stream, string, IReadOnlyList{CsvColumn})"/>
    public static CsvTable Open(ITableSource source, string fileName, IReadOnlyList<CsvColumn> columns)
    {
        var table = new CsvTable(source, new ImportProblems(fileName));
        try
        {
            var header = table._reader.ReadHeader();
            table._headings = header.Fields.Select(f => f.TrimStart('\uFEFF').Trim()).ToList();
            for (var i = 0; i < header.Fields.Count; i++)
            {
                var column = columns.FirstOrDefault(c => c.Matches(header.Fields[i].TrimStart('\uFEFF')));
                if (column is not null)
                {
                    table._indexes.TryAdd(column.Name, i);
                }
            }

            foreach (var missing in columns.Where(c => c.Required && !table._indexes.ContainsKey(c.Name)))
            {
                table.Problems.Add(header.Line, 0, missing.Name, $"Die Spalte '{missing.Name}' fehlt in der Kopfzeile.");
            }

            table.Problems.ThrowIfAny();
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    /// <summary>The header's headings as written (trimmed), for choosing the mapping of columns.</summary>
    public IReadOnlyList<string> Headings => _headings;

    public bool Has(string column) => _indexes.ContainsKey(column);

    /// <summary>Makes every heading that <paramref name="wanted"/> accepts a column of its own name (e.g. the years of a wide table).</summary>
    public IReadOnlyList<string> MapColumns(Func<string, bool> wanted)
    {
        var mapped = new List<string>();
        for (var i = 0; i < _headings.Count; i++)
        {
            if (!_indexes.ContainsValue(i) && wanted(_headings[i]) && _indexes.TryAdd(_headings[i], i))
            {
                mapped.Add(_headings[i]);
            }
        }

        return mapped;
    }

    public IEnumerable<CsvRow> Rows()
    {
        while (_reader.Read() is { } record)
        {
            yield return new CsvRow(this, record);
        }
    }

    public void Dispose() => _reader.Dispose();

    internal int IndexOf(string column) => _indexes.TryGetValue(column, out var index) ? index : -1;
}

/// <summary>One data row; its accessors report problems with line and column instead of throwing.</summary>
public readonly struct CsvRow(CsvTable table, CsvRecord record)
{
    public int Line => record.Line;

    /// <summary>The trimmed text of the column, or "" when the column or the cell is absent.</summary>
    public string Text(string column)
    {
        var index = table.IndexOf(column);
        return index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : "";
    }

    public string? RequiredText(string column, int maxLength)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Problem(column, "Der Wert fehlt.");
            return null;
        }

        if (text.Length > maxLength)
        {
            Problem(column, $"Der Wert ist länger als {maxLength} Zeichen.");
            return null;
        }

        return text;
    }

    /// <summary>The number in the column; null when the cell is empty or (with a problem noted) not a number.</summary>
    public double? Number(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (table.Dialect.TryParseNumber(text, out var value))
        {
            return value;
        }

        Problem(column, $"'{text}' ist keine Zahl.");
        return null;
    }

    public int? Integer(string column, int min, int max)
    {
        var text = Text(column);
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        Problem(column, text.Length == 0 ? "Der Wert fehlt." : $"'{text}' ist keine ganze Zahl von {min} bis {max}.");
        return null;
    }

    public bool? Boolean(string column)
    {
        var text = Text(column).ToLowerInvariant();
        switch (text)
        {
            case "" or "false" or "falsch" or "nein" or "0":
                return false;
            case "true" or "wahr" or "ja" or "1":
                return true;
            default:
                Problem(column, $"'{Text(column)}' ist weder ja noch nein (true/false).");
                return null;
        }
    }

    public void Problem(string column, string message)
    {
        var index = table.IndexOf(column);
        table.Problems.Add(record.Line, index + 1, column, message);
    }
}
