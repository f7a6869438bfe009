using SozialHub.Api.Database;
using SozialHub.Api.Imports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Indicators;

/// <summary>The current value of an indicator for one social space and year.</summary>
/// <remarks>A re-delivery replaces it and moves the old value to <see cref="IndicatorValueRevision"/>.</remarks>
public sealed class IndicatorValue : IRecord
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public Indicator Indicator { get; set; } = null!;

    public int SocialSpaceId { get; set; }

    public SocialSpace SocialSpace { get; set; } = null!;

    public int Year { get; set; }

    /// <summary>The count, or for a rate numerator ÷ denominator × scale.</summary>
    public double Value { get; set; }

    public double? Numerator { get; set; }

    public double? Denominator { get; set; }

    public bool IsProvisional { get; set; }

    /// <summary>Provenance: the delivery this value came with.</summary>
    public int ImportBatchId { get; set; }

    public ImportBatch ImportBatch { get; set; } = null!;

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A value that a later delivery replaced, kept for history and rollback.</summary>
public sealed class IndicatorValueRevision
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public int SocialSpaceId { get; set; }

    public int Year { get; set; }

    public double Value { get; set; }

    public double? Numerator { get; set; }

    public double? Denominator { get; set; }

    public bool IsProvisional { get; set; }

    public int ImportBatchId { get; set; }

    public int ReplacedByImportBatchId { get; set; }

    public DateTime ReplacedAt { get; set; }
}
