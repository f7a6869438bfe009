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

public enum IndicatorUnit
{
    Count,
    Percent,
    Per100,
    Per1000,
    SquareMetresPerInhabitant,
}

public enum Polarity
{
    HigherIsWorse,
    HigherIsBetter,
    Context,
}

public enum SpatialLevel
{
    SocialSpace,
    District,
    City,
}

public enum Periodicity
{
    /// <summary>One value a year, at 31 December.</summary>
    Yearly,
}
