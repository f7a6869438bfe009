using System.Text;

namespace SozialHub.Portal.Figures;

/// <summary>CSV as Excel reads it in Germany: <c>;</c> between fields, decimal comma, UTF-8 with BOM, CRLF.</summary>
public static class GermanCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A number with the decimal comma and no thousands separator, as many digits as it has.</summary>
    public static string Number(double value) => value.ToString(Format.German);

    /// <summary>A value, or the portal's mark for one withheld for small numbers.</summary>
    public static string Number(double? value, bool suppressed) => suppressed ? Compare.Suppressed : value is { } v ? Number(v) : "";

    // Quoted only when needed, inner quotes doubled (RFC 4180 rules with ';' as the separator).
    private static string Field(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
