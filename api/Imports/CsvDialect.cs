using System.Globalization;
using System.Text;

namespace SozialHub.Api.Imports;

/// <summary>How a CSV file is written: German Excel (<c>;</c> and decimal comma) or RFC 4180 (<c>,</c> and point).</summary>
public sealed record CsvDialect(char Delimiter, Encoding Encoding)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The first sheet of an XLSX workbook: numbers arrive as written by the invariant culture.</summary>
    public static readonly CsvDialect Workbook = new(',', new UTF8Encoding(false)) { IsWorkbook = true };

    public bool IsWorkbook { get; private init; }

    public bool UsesDecimalComma => Delimiter != ',';

    public string Description => IsWorkbook ? "Excel-Arbeitsmappe (erstes Tabellenblatt)" :
        $"Trennzeichen '{(Delimiter == '\t' ? "Tab" : Delimiter.ToString())}', Dezimaltrennzeichen '{(UsesDecimalComma ? ',' : '.')}', Kodierung {Encoding.WebName}";

    /// <summary>Parses a number as this dialect writes it; German files may group thousands with points.</summary>
    public bool TryParseNumber(string text, out double value)
    {
        var culture = UsesDecimalComma ? German : CultureInfo.InvariantCulture;
        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (UsesDecimalComma)
        {
            styles |= NumberStyles.AllowThousands;
        }

        return double.TryParse(text, styles, culture, out value) && double.IsFinite(value);
    }
}
