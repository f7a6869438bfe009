using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.MemberArea;

/// <summary>
/// The messages of a member-area form by field (the API's field names, e.g. <c>name</c> or <c>schedules[1].closesAt</c>);
/// the empty key holds what concerns the form as a whole. Numbers are read here, so a typo is named before the API sees it.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);

    public bool Any => _messages.Count > 0;

    public string? this[string field] => _messages.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>Messages whose field the form does not show: shown above the form.</summary>
    public IEnumerable<string> Other(IReadOnlySet<string> shown) =>
        _messages.Where(m => !shown.Contains(m.Key)).SelectMany(m => m.Value);

    public void Add(string field, string message)
    {
        if (!_messages.TryGetValue(field, out var list))
        {
            _messages[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The payload's errors; <paramref name="rename"/> maps an API field to the form's (e.g. the rows sent to the rows shown).</summary>
    public void AddAll(IEnumerable<UserError> errors, Func<string, string>? rename = null)
    {
        foreach (var error in errors)
        {
            Add(error.Field is { } field ? rename?.Invoke(field) ?? field : "", error.Message);
        }
    }

    /// <summary>A decimal number as people type it (comma or point); null when empty; an error when it is no number.</summary>
    public double? Number(string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        Add(field, $"{label} ist keine Zahl.");
        return null;
    }

    public int? WholeNumber(string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Add(field, $"{label} ist keine ganze Zahl.");
        return null;
    }

    /// <summary>For the form's aria attributes: the id of the field's message, or null when it has none.</summary>
    public string? DescribedBy(string field) => this[field] is null ? null : MessageId(field);

    public static string MessageId(string field) => "fehler-" + new string([.. field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
