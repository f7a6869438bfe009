using System.Globalization;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Demography;

/// <summary>
/// The <c>Demography</c> configuration section: every parameter of methods.md §5 with its documented default.
/// Lists left empty in configuration take their defaults (the binder would append to a pre-filled list).
/// </summary>
public sealed class DemographyOptions
{
    public const string SectionName = "Demography";

    /// <summary>Children per woman; the age-specific rates are scaled to it (spread evenly when none are loaded); default 1.4.</summary>
    public double TotalFertilityRate { get; set; } = 1.4;

    /// <summary>Women of these ages give birth; default 15 to 49.</summary>
    public int FirstFertileAge { get; set; } = 15;

    public int LastFertileAge { get; set; } = 49;

    /// <summary>Share of boys among the newborns; default 0.514.</summary>
    public double MaleShareOfBirths { get; set; } = 0.514;

    /// <summary>Years projected when the caller names none; default 15.</summary>
    public int HorizonYears { get; set; } = 15;

    /// <summary>The longest horizon a caller may ask for; default 30.</summary>
    public int MaxHorizonYears { get; set; } = 30;

    /// <summary>The variants scale the net migration: low, middle, high; default 0.5, 1.0, 1.5.</summary>
    public List<double> MigrationFactors { get; set; } = [];

    /// <summary>Projected numbers are shown rounded to multiples of this; default 10.</summary>
    public int RoundTo { get; set; } = 10;

    /// <summary>Lower bounds of the age groups (the last group is open); default 0, 3, 6, 10, 15, 18, 25, 45, 65, 80.</summary>
    public List<int> AgeGroups { get; set; } = [];

    /// <summary>Counts of the base population below this are suppressed for the public (methods.md §3); default 3.</summary>
    public int SuppressionThreshold { get; set; } = 3;

    internal string? BindingError { get; set; }

    public void ApplyDefaults()
    {
        if (MigrationFactors.Count == 0)
        {
            MigrationFactors.AddRange([0.5, 1.0, 1.5]);
        }

        if (AgeGroups.Count == 0)
        {
            AgeGroups.AddRange([0, 3, 6, 10, 15, 18, 25, 45, 65, 80]);
        }
    }
}

public sealed class DemographyOptionsValidator : IValidateOptions<DemographyOptions>
{
    private const string S = DemographyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DemographyOptions o)
    {
        string?[] problems =
        [
            o.BindingError,
            o.TotalFertilityRate is < 0 or > 10 ? $"{S}:TotalFertilityRate is {o.TotalFertilityRate}; it must lie between 0 and 10." : null,
            o.FirstFertileAge < 10 || o.LastFertileAge > 60 || o.FirstFertileAge > o.LastFertileAge
                ? $"{S}:FirstFertileAge and LastFertileAge ({o.FirstFertileAge}, {o.LastFertileAge}) must be ascending ages between 10 and 60." : null,
            o.MaleShareOfBirths is <= 0 or >= 1 ? $"{S}:MaleShareOfBirths is {o.MaleShareOfBirths}; it must lie between 0 and 1." : null,
            o.HorizonYears < 1 || o.HorizonYears > o.MaxHorizonYears
                ? $"{S}:HorizonYears is {o.HorizonYears}; it must lie between 1 and {S}:MaxHorizonYears ({o.MaxHorizonYears})." : null,
            o.MaxHorizonYears > 100 ? $"{S}:MaxHorizonYears is {o.MaxHorizonYears}; it must not exceed 100." : null,
            o.MigrationFactors.Count != 3 || o.MigrationFactors.Any(f => f < 0) || o.MigrationFactors.Zip(o.MigrationFactors.Skip(1)).Any(p => p.First > p.Second)
                ? $"{S}:MigrationFactors ({List(o.MigrationFactors)}) must be 3 non-negative ascending numbers (low, middle, high)." : null,
            o.RoundTo < 1 ? $"{S}:RoundTo is {o.RoundTo}; it must be at least 1." : null,
            AgeGroupBounds.Problem(o.AgeGroups) is { } problem ? $"{S}:AgeGroups ({List(o.AgeGroups)}): {problem}" : null,
            o.SuppressionThreshold < 0 ? $"{S}:SuppressionThreshold is {o.SuppressionThreshold}; it must not be negative." : null,
        ];
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string List<T>(IEnumerable<T> values)
        where T : IFormattable => string.Join(", ", values.Select(v => v.ToString(null, CultureInfo.InvariantCulture)));
}
