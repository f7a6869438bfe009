using System.Globalization;

namespace SozialHub.Api.Imports;

/// <summary>Typed cells for the directory files; like <see cref="CsvRow"/>'s own accessors, they note problems instead of throwing.</summary>
public static class CsvRowValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    /// <summary>The text, or null when the cell is empty; too long is a problem.</summary>
    public static string? OptionalText(this CsvRow row, string column, int maxLength)
    {
        var text = row.Text(column);
        if (text.Length > maxLength)
        {
            row.Problem(column, $"Der Wert ist länger als {maxLength} Zeichen.");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    public static int? OptionalInteger(this CsvRow row, string column, int min, int max) =>
        row.Text(column).Length == 0 ? null : row.Integer(column, min, max);

    /// <summary>A date as ISO 8601 (HSDS) or as German Excel writes it (dd.MM.yyyy).</summary>
    public static DateOnly? Date(this CsvRow row, string column)
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        row.Problem(column, $"'{text}' ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ).");
        return null;
    }

    public static TimeOnly? Time(this CsvRow row, string column)
    {
        var text = row.Text(column);
        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        row.Problem(column, text.Length == 0 ? "Der Wert fehlt." : $"'{text}' ist keine Uhrzeit (HH:MM).");
        return null;
    }

    /// <summary>One of the allowed words (case-insensitive); <paramref name="empty"/> when the cell is empty.</summary>
    public static T? Choice<T>(this CsvRow row, string column, IReadOnlyDictionary<string, T> allowed, T? empty = null)
        where T : struct
    {
        var text = row.Text(column);
        if (text.Length == 0 && empty is not null)
        {
            return empty;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a.Key, text, StringComparison.OrdinalIgnoreCase));
        if (match.Key is not null)
        {
            return match.Value;
        }

        row.Problem(column, text.Length == 0 ? "Der Wert fehlt." : $"'{text}' ist nicht erlaubt; erlaubt sind: {string.Join(", ", allowed.Keys)}.");
        return null;
    }

    /// <summary>An enum member by its name, e.g. <c>JointEvent</c>.</summary>
    public static T? Member<T>(this CsvRow row, string column)
        where T : struct, Enum =>
        row.Choice(column, Enum.GetValues<T>().ToDictionary(v => v.ToString(), v => v));

    /// <summary>The record a cell refers to by id or key; an unknown one is a problem naming where it should be.</summary>
    public static T? Reference<T>(this CsvRow row, string column, IReadOnlyDictionary<string, T> known, string what, bool required = true)
        where T : class
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            if (required)
            {
                row.Problem(column, "Der Wert fehlt.");
            }

            return null;
        }

        if (known.TryGetValue(text, out var value))
        {
            return value;
        }

        row.Problem(column, $"{what} '{text}' gibt es nicht.");
        return null;
    }

    /// <summary>The records a cell lists, separated by spaces (or commas); each unknown one is a problem.</summary>
    public static List<T> References<T>(this CsvRow row, string column, IReadOnlyDictionary<string, T> known, string what)
    {
        var found = new List<T>();
        foreach (var word in row.Text(column).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (known.TryGetValue(word, out var value))
            {
                found.Add(value);
            }
            else
            {
                row.Problem(column, $"{what} '{word}' gibt es nicht.");
            }
        }

        return found;
    }

    /// <summary>A record's id in its file: required and unique there.</summary>
    public static string? Id(this CsvRow row, Func<string, bool> isTaken, string column = "id")
    {
        var id = row.RequiredText(column, Limits.Key);
        if (id is not null && isTaken(id))
        {
            row.Problem(column, $"Die Kennung '{id}' kommt mehrfach vor.");
            return null;
        }

        return id;
    }
}
