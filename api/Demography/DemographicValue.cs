using System.ComponentModel;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Demography;

/// <summary>
/// One number of the demographic inputs (methods.md §5) by single year of age and sex: the population at the base date
/// and the net migration per social space, the survival and fertility rates for the whole city (no space).
/// </summary>
public sealed class DemographicValue : Entity
{
    public DemographicKind Kind { get; set; }

    /// <summary>The base year (population at 31 December) or the year the rates refer to.</summary>
    public int Year { get; set; }

    /// <summary>Null for the city-wide rates (life table, fertility).</summary>
    public int? SocialSpaceId { get; set; }

    public SocialSpace? SocialSpace { get; set; }

    /// <summary>Completed years; the last age (<see cref="Ages.Open"/>) stands for "that age and older".</summary>
    public int Age { get; set; }

    public Sex Sex { get; set; }

    public double Value { get; set; }

    public int ImportBatchId { get; set; }

    public ImportBatch ImportBatch { get; set; } = null!;
}

[Description("What a demographic input value is.")]
public enum DemographicKind
{
    [Description("Inhabitants at the base date (31 December) per social space.")]
    Population,

    [Description("Probability of living to the next birthday (life table), city-wide.")]
    Survival,

    [Description("Births per woman of the age in a year (age-specific fertility), city-wide.")]
    Fertility,

    [Description("Net migration per year (arrivals minus departures, the average of recent years) per social space.")]
    NetMigration,
}

public enum Sex
{
    Male,
    Female,
}

/// <summary>The ages the hub keeps: 0 to 99 single years and the open group 100+.</summary>
public static class Ages
{
    public const int Open = 100;

    public const int Count = Open + 1;
}
