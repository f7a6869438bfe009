using System.ComponentModel;
using SozialHub.Api.Database;
using SozialHub.Api.Locations;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Facilities;

/// <summary>An Einrichtung: social infrastructure at a location, the basis of the infrastructure assessment (methods.md §6).</summary>
public sealed class Facility : VersionedEntity
{
    public required string Name { get; set; }

    public FacilityKind Kind { get; set; }

    public int LocationId { get; set; }

    public Location Location { get; set; } = null!;

    /// <summary>Places (HSDS <c>service_capacity</c> with the unit "Platz"); null when not counted in places.</summary>
    public int? Capacity { get; set; }

    /// <summary>The organisation that runs it (Träger).</summary>
    public int? OperatorId { get; set; }

    public Organization? Operator { get; set; }
}

[Description("The kind of a facility; the infrastructure assessment has norms and walking distances per kind.")]
public enum FacilityKind
{
    [Description("Kindertagesstätte (Kita).")]
    DayCare,

    [Description("Grundschule.")]
    PrimarySchool,

    [Description("Weiterführende Schule.")]
    SecondarySchool,

    [Description("Jugendzentrum, Jugendtreff.")]
    YouthCentre,

    [Description("Beratungsstelle.")]
    CounsellingCentre,

    [Description("Seniorentreff, Begegnungsstätte für Ältere.")]
    SeniorCentre,

    [Description("Stadtteilbüro, Quartiersmanagement.")]
    NeighbourhoodOffice,

    [Description("Familienzentrum.")]
    FamilyCentre,

    [Description("Spielplatz.")]
    Playground,

    [Description("Sonstige Einrichtung.")]
    Other,
}
