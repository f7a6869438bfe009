using System.ComponentModel;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;

namespace SozialHub.Api.Indicators;

/// <summary>An entry of the indicator catalogue (methods.md §1).</summary>
public sealed class Indicator : Entity
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string Definition { get; set; } = "";

    public IndicatorUnit Unit { get; set; }

    public Polarity Polarity { get; set; }

    public int? ActionFieldId { get; set; }

    public ActionField? ActionField { get; set; }

    /// <summary>Who delivers the numbers, e.g. "Bundesagentur für Arbeit".</summary>
    public string Source { get; set; } = "";

    public SpatialLevel Level { get; set; } = SpatialLevel.SocialSpace;

    public Periodicity Periodicity { get; set; } = Periodicity.Yearly;

    /// <summary>For a rate: what the numerator counts. A rate's value is numerator ÷ denominator × <see cref="Scale"/>.</summary>
    public string? NumeratorLabel { get; set; }

    /// <summary>For a rate: what the denominator counts.</summary>
    public string? DenominatorLabel { get; set; }

    public int Scale { get; set; } = 1;

    /// <summary>Counts below this are not published (methods.md §3); 0 turns suppression off.</summary>
    public int SuppressionThreshold { get; set; } = 3;

    /// <summary>Belongs to the status indicators of the social index (methods.md §4).</summary>
    public bool InStatusIndex { get; set; }

    /// <summary>A retired indicator keeps its history but takes no new values.</summary>
    public DateTime? RetiredAt { get; set; }

    public bool IsRate => DenominatorLabel is not null;
}

[Description("The unit of an indicator's values.")]
public enum IndicatorUnit
{
    [Description("A count (Anzahl); aggregates by sum.")]
    Count,

    [Description("Percent: numerator ÷ denominator × 100.")]
    Percent,

    [Description("Per 100: numerator ÷ denominator × 100.")]
    Per100,

    [Description("Per 1,000: numerator ÷ denominator × 1,000.")]
    Per1000,

    [Description("Square metres per inhabitant.")]
    SquareMetresPerInhabitant,
}

[Description("Which direction of an indicator means more burden (methods.md §2).")]
public enum Polarity
{
    [Description("A higher value means more burden, e.g. the unemployment share.")]
    HigherIsWorse,

    [Description("A higher value is better, e.g. the childcare rate.")]
    HigherIsBetter,

    [Description("Context only, e.g. the population.")]
    Context,
}

[Description("The spatial level an indicator is delivered for.")]
public enum SpatialLevel
{
    [Description("Per social space (Sozialraum).")]
    SocialSpace,

    [Description("Per district (Stadtteil).")]
    District,

    [Description("For the whole city.")]
    City,
}

[Description("How often an indicator is delivered.")]
public enum Periodicity
{
    [Description("One value a year, at 31 December.")]
    Yearly,
}
