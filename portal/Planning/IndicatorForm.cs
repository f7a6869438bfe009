using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Planning;

/// <summary>The catalogue editor's form, as typed: numbers stay text so that a wrong entry is shown again as it was.</summary>
public sealed class IndicatorForm
{
    public static readonly (string Value, string Label)[] Units =
    [
        ("COUNT", "Anzahl"), ("PERCENT", "Prozent (%)"), ("PER_100", "je 100"), ("PER_1000", "je 1.000"), ("SQUARE_METRES_PER_INHABITANT", "m² je Einwohner"),
    ];

    public static readonly (string Value, string Label)[] Polarities =
    [
        ("HIGHER_IS_WORSE", "höher ist ungünstiger"), ("HIGHER_IS_BETTER", "höher ist günstiger"), ("CONTEXT", "Kontext (ohne Wertung)"),
    ];

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Key { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Definition { get; set; } = "";

    public string Unit { get; set; } = "COUNT";

    public string Polarity { get; set; } = "CONTEXT";

    public string? ActionField { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Source { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NumeratorLabel { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DenominatorLabel { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Scale { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string SuppressionThreshold { get; set; } = "3";

    public bool InStatusIndex { get; set; }

    public static IndicatorForm Of(EditableIndicator indicator) => new()
    {
        Key = indicator.Key,
        Name = indicator.Name,
        Definition = indicator.Definition,
        Unit = Units[(int)indicator.Unit].Value,
        Polarity = Polarities[(int)indicator.Polarity].Value,
        ActionField = indicator.ActionField?.Key,
        Source = indicator.Source,
        NumeratorLabel = indicator.NumeratorLabel ?? "",
        DenominatorLabel = indicator.DenominatorLabel ?? "",
        Scale = indicator.Scale.ToString(CultureInfo.InvariantCulture),
        SuppressionThreshold = indicator.SuppressionThreshold.ToString(CultureInfo.InvariantCulture),
        InStatusIndex = indicator.InStatusIndex,
    };

    /// <summary>The API's input, or the fields whose numbers are no whole numbers.</summary>
    public (object? Input, Dictionary<string, string> Errors) ToInput()
    {
        var errors = new Dictionary<string, string>();
        var scale = Number(Scale, "scale", "Der Faktor", errors, optional: true);
        var threshold = Number(SuppressionThreshold, "suppressionThreshold", "Die Sperrgrenze", errors, optional: false);
        if (errors.Count > 0 || !Units.Any(u => u.Value == Unit) || !Polarities.Any(p => p.Value == Polarity))
        {
            errors.TryAdd("", "Bitte wählen Sie Einheit und Polarität aus der Liste.");
            return (null, errors);
        }

        return (new
        {
            key = Key, name = Name, definition = Definition, unit = Unit, polarity = Polarity, actionField = ActionField ?? "", source = Source,
            periodicity = "YEARLY", numeratorLabel = NumeratorLabel, denominatorLabel = DenominatorLabel, scale, suppressionThreshold = threshold ?? 0,
            inStatusIndex = InStatusIndex,
        }, errors);
    }

    private static int? Number(string text, string field, string label, Dictionary<string, string> errors, bool optional)
    {
        if (optional && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[field] = $"{label} muss eine ganze Zahl sein, eingegeben: „{text}“.";
        return null;
    }
}
