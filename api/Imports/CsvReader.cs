using System.Text;

namespace SozialHub.Api.Imports;

/// <summary>One record of a CSV file with the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small streaming CSV reader for what planners get from statistics offices: RFC 4180 quoting,
/// delimiter (<c>;</c>, <c>,</c>, tab) and encoding (UTF-8 with or without BOM, else Windows-1252)
/// detected from the start of the file, leading <c>#</c> comment lines skipped.
/// </summary>
public sealed class CsvReader : ITableSource
{
    private const int SniffBytes = 64 * 1024;
    private readonly TextReader _reader;
    private readonly string _fileName;
    private int _line = 1;

    private CsvReader(TextReader reader, CsvDialect dialect, string fileName)
    {
        _reader = reader;
        Dialect = dialect;
        _fileName = fileName;
    }

    public CsvDialect Dialect { get; }

    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Opens a seekable stream (an upload or a file) and detects its dialect.</summary>
    public static CsvReader Open(Stream stream, string fileName)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The CSV stream must be seekable.", nameof(stream));
        }

        var start = stream.Position;
        var head = new byte[SniffBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var encoding = DetectEncoding(head.AsSpan(0, length), length < SniffBytes);
        var text = encoding.GetString(head, 0, length);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        return new CsvReader(reader, new CsvDialect(DetectDelimiter(text), encoding), fileName);
    }

    /// <summary>The next record, or null at the end. Blank lines and leading comment lines are skipped.</summary>
    public CsvRecord? Read()
    {
        while (true)
        {
            var record = ReadRecord();
            if (record is null)
            {
                return null;
            }

            if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0]))
            {
                continue;
            }

            return record;
        }
    }

    /// <summary>Reads the header (the first record that is not a comment).</summary>
    public CsvRecord ReadHeader()
    {
        while (_reader.Peek() == '#')
        {
            _reader.ReadLine();
            _line++;
        }

        return Read() ?? throw new ImportException(new ImportProblem(_fileName, 0, 0, null, "Die Datei ist leer."));
    }

    public void Dispose() => _reader.Dispose();

    private CsvRecord? ReadRecord()
    {
        if (_reader.Peek() < 0)
        {
            return null;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStart = true;
        while (true)
        {
            var c = _reader.Read();
            if (quoted)
            {
                switch (c)
                {
                    case -1:
                        throw new ImportException(new ImportProblem(_fileName, startLine, fields.Count + 1, null,
                            "Ein Anführungszeichen wird nicht geschlossen."));
                    case '"' when _reader.Peek() == '"':
                        _reader.Read();
                        field.Append('"');
                        break;
                    case '"':
                        quoted = false;
                        break;
                    default:
                        if (c == '\n')
                        {
                            _line++;
                        }

                        field.Append((char)c);
                        break;
                }

                continue;
            }

            if (c == '"' && fieldStart)
            {
                quoted = true;
                fieldStart = false;
            }
            else if (c == Dialect.Delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStart = true;
            }
            else if (c is '\n' or -1)
            {
                _line++;
                fields.Add(TrimCarriageReturn(field));
                return new CsvRecord(startLine, fields);
            }
            else
            {
                field.Append((char)c);
                fieldStart = false;
            }
        }
    }

    private static string TrimCarriageReturn(StringBuilder field)
    {
        if (field.Length > 0 && field[^1] == '\r')
        {
            field.Length--;
        }

        return field.ToString();
    }

    private static Encoding DetectEncoding(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }

        // A cut at the sniff limit may split a multi-byte character: judge only whole characters.
        var probe = complete ? head : head[..Math.Max(0, head.Length - 4)];
        return IsValidUtf8(probe) ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static char DetectDelimiter(string text)
    {
        var header = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
        char[] candidates = [';', ',', '\t'];
        var best = ';';
        var bestCount = 0;
        foreach (var candidate in candidates)
        {
            var count = CountOutsideQuotes(header, candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
