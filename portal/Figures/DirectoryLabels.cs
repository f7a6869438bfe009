using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>German words for the directory's enumerations.</summary>
public static class DirectoryLabels
{
    public static string Of(FacilityKind kind) => kind switch
    {
        FacilityKind.DayCare => "Kindertagesstätte",
        FacilityKind.PrimarySchool => "Grundschule",
        FacilityKind.SecondarySchool => "Weiterführende Schule",
        FacilityKind.YouthCentre => "Jugendzentrum",
        FacilityKind.CounsellingCentre => "Beratungsstelle",
        FacilityKind.SeniorCentre => "Seniorentreff",
        FacilityKind.NeighbourhoodOffice => "Stadtteilbüro",
        FacilityKind.FamilyCentre => "Familienzentrum",
        FacilityKind.Playground => "Spielplatz",
        _ => "Sonstige Einrichtung",
    };

    public static string Of(OfferingStatus status) => status switch
    {
        OfferingStatus.Active => "findet statt",
        OfferingStatus.Inactive => "pausiert",
        OfferingStatus.TemporarilyClosed => "vorübergehend geschlossen",
        _ => "eingestellt",
    };
}
