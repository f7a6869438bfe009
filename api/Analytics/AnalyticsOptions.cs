using System.Globalization;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Analytics;

/// <summary>
/// The <c>Analytics</c> configuration section: every parameter of methods.md §2–§4 with its documented default.
/// Lists left empty in configuration take their defaults (the binder would append to a pre-filled list).
/// </summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>The windows (in years) of the changes a comparison reports; default 1, 3 and 5.</summary>
    public List<int> ChangeWindows { get; set; } = [];

    /// <summary>The window whose change gives a comparison its direction word; default 5.</summary>
    public int TrendWindow { get; set; } = 5;

    /// <summary>A trend looks at this many latest yearly values …; default 6.</summary>
    public int TrendYears { get; set; } = 6;

    /// <summary>… and needs at least this many of them, otherwise "not enough data"; default 4.</summary>
    public int TrendMinimumValues { get; set; } = 4;

    /// <summary>A change within ± this many (percentage) points is "stable"; for rates and other non-counts; default 0.5.</summary>
    public double StableBandPoints { get; set; } = 0.5;

    /// <summary>A relative change (counts) within ± this many percent is "stable"; default 0.5.</summary>
    public double StableBandPercent { get; set; } = 0.5;

    /// <summary>Spaces with fewer inhabitants are flagged in comparisons and left out of the index; default 300.</summary>
    public int SmallPopulation { get; set; } = 300;

    /// <summary>The indicator (key) that counts the inhabitants per space and year; default <c>population</c>.</summary>
    public string PopulationIndicator { get; set; } = "population";

    public SocialIndexOptions Index { get; set; } = new();

    /// <summary>Why the section could not be read (not bound itself: the binder only sets public properties).</summary>
    internal string? BindingError { get; set; }

    /// <summary>Fills the lists that configuration left empty with their defaults.</summary>
    public void ApplyDefaults()
    {
        if (ChangeWindows.Count == 0)
        {
            ChangeWindows.AddRange([1, 3, 5]);
        }

        Index.ApplyDefaults();
    }
}

/// <summary><c>Analytics:Index</c>: the composite social index (methods.md §4).</summary>
public sealed class SocialIndexOptions
{
    /// <summary>Indicator keys; default unemployment share, long-term unemployment, SGB II share, child poverty.</summary>
    public List<string> StatusIndicators { get; set; } = [];

    /// <summary>Dynamics = change of each status indicator over this many years, in percentage points; default 2.</summary>
    public int DynamicsYears { get; set; } = 2;

    /// <summary>Upper bounds of the status classes 1, 2 and 3 on the score (class 4 above); default −1.0, 1.0, 1.5.</summary>
    public List<double> StatusCutoffs { get; set; } = [];

    /// <summary>Dynamics below the first bound is positive, up to the second stable, above negative; default −0.5, 0.5.</summary>
    public List<double> DynamicsCutoffs { get; set; } = [];

    public void ApplyDefaults()
    {
        if (StatusIndicators.Count == 0)
        {
            StatusIndicators.AddRange(["unemployment_share", "long_term_unemployment_share", "sgb2_share", "child_poverty"]);
        }

        if (StatusCutoffs.Count == 0)
        {
            StatusCutoffs.AddRange([-1.0, 1.0, 1.5]);
        }

        if (DynamicsCutoffs.Count == 0)
        {
            DynamicsCutoffs.AddRange([-0.5, 0.5]);
        }
    }
}

public sealed class AnalyticsOptionsValidator : IValidateOptions<AnalyticsOptions>
{
    private const string S = AnalyticsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AnalyticsOptions o)
    {
        var index = o.Index;
        string?[] problems =
        [
            o.BindingError,
            o.ChangeWindows.Any(w => w < 1) ? $"{S}:ChangeWindows ({List(o.ChangeWindows)}) must hold whole years of at least 1." : null,
            o.TrendWindow < 1 ? $"{S}:TrendWindow is {o.TrendWindow}; it must be at least 1." : null,
            o.TrendYears < 2 ? $"{S}:TrendYears is {o.TrendYears}; it must be at least 2." : null,
            o.TrendMinimumValues < 2 || o.TrendMinimumValues > o.TrendYears
                ? $"{S}:TrendMinimumValues is {o.TrendMinimumValues}; it must lie between 2 and {S}:TrendYears ({o.TrendYears})." : null,
            o.StableBandPoints < 0 ? $"{S}:StableBandPoints is {o.StableBandPoints}; it must not be negative." : null,
            o.StableBandPercent < 0 ? $"{S}:StableBandPercent is {o.StableBandPercent}; it must not be negative." : null,
            o.SmallPopulation < 0 ? $"{S}:SmallPopulation is {o.SmallPopulation}; it must not be negative." : null,
            string.IsNullOrWhiteSpace(o.PopulationIndicator) ? $"{S}:PopulationIndicator must name an indicator key." : null,
            index.StatusIndicators.Any(string.IsNullOrWhiteSpace) ? $"{S}:Index:StatusIndicators must not hold empty keys." : null,
            index.DynamicsYears < 1 ? $"{S}:Index:DynamicsYears is {index.DynamicsYears}; it must be at least 1." : null,
            Ascending("Index:StatusCutoffs", index.StatusCutoffs, 3),
            Ascending("Index:DynamicsCutoffs", index.DynamicsCutoffs, 2),
        ];
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Ascending(string setting, List<double> bounds, int count) =>
        bounds.Count != count || bounds.Zip(bounds.Skip(1)).Any(p => p.First >= p.Second)
            ? $"{S}:{setting} ({List(bounds)}) must be {count} ascending numbers."
            : null;

    private static string List<T>(IEnumerable<T> values)
        where T : IFormattable => string.Join(", ", values.Select(v => v.ToString(null, CultureInfo.InvariantCulture)));
}
