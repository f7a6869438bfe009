using System.Text;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Tests;

public sealed class CsvReaderTests
{
    static CsvReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void German_excel_files_use_semicolons_decimal_commas_and_may_be_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Sozialraum;Wert\nLisdorfer Aue Süd;1.234,5\n");

        using var reader = CsvReader.Open(new MemoryStream(bytes), "x.csv");
        reader.ReadHeader();
        var row = reader.Read()!;

        Assert.Equal(';', reader.Dialect.Delimiter);
        Assert.Equal("windows-1252", reader.Dialect.Encoding.WebName);
        Assert.Equal("Lisdorfer Aue Süd", row.Fields[0]);
        Assert.True(reader.Dialect.TryParseNumber(row.Fields[1], out var value));
        Assert.Equal(1234.5, value);
    }

    [Fact]
    public void Rfc4180_files_use_commas_points_and_quotes_with_line_breaks()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "key,definition,value\r\na,\"Zeile eins\r\nZeile \"\"zwei\"\", mit Komma\",12.5\r\nb,x,-3\r\n")).ToArray();

        using var reader = CsvReader.Open(new MemoryStream(bytes), "x.csv");
        var header = reader.ReadHeader();
        var first = reader.Read()!;
        var second = reader.Read()!;

        Assert.Equal(',', reader.Dialect.Delimiter);
        Assert.Equal("utf-8", reader.Dialect.Encoding.WebName);
        Assert.Equal(["key", "definition", "value"], header.Fields);
        Assert.Equal("Zeile eins\r\nZeile \"zwei\", mit Komma", first.Fields[1]);
        Assert.Equal((2, 4), (first.Line, second.Line));
        Assert.True(reader.Dialect.TryParseNumber(first.Fields[2], out var value));
        Assert.Equal(12.5, value);
        Assert.Null(reader.Read());
    }

    [Fact]
    public void Comment_lines_before_the_header_and_blank_lines_are_skipped()
    {
        var bytes = Encoding.UTF8.GetBytes("# Synthetische Daten\n# zweite Zeile\na;b\n\n1;2\n");

        using var reader = CsvReader.Open(new MemoryStream(bytes), "x.csv");

        Assert.Equal(3, reader.ReadHeader().Line);
        var row = reader.Read()!;
        Assert.Equal((5, "2"), (row.Line, row.Fields[1]));
    }

    [Theory]
    [InlineData("12,5", ';', 12.5)]
    [InlineData("-0,25", ';', -0.25)]
    [InlineData("12.5", ',', 12.5)]
    [InlineData("1e3", ',', double.NaN)]
    [InlineData("12,5", ',', double.NaN)]
    [InlineData("NaN", ';', double.NaN)]
    public void Numbers_are_read_as_the_dialect_writes_them(string text, char delimiter, double expected)
    {
        var dialect = new CsvDialect(delimiter, Encoding.UTF8);

        var parsed = dialect.TryParseNumber(text, out var value);

        Assert.Equal(!double.IsNaN(expected), parsed);
        if (parsed)
        {
            Assert.Equal(expected, value);
        }
    }
}
