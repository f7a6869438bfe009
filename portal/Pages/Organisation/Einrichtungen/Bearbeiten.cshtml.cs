using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.MemberArea;

namespace SozialHub.Portal.Pages.Organisation.Einrichtungen;

/// <summary>A facility (Einrichtung) of an operator: kind, capacity in places, and one of the operator's locations.</summary>
[Authorize]
public sealed class BearbeitenModel(GraphQLClient graphQL) : PageModel
{
    public static readonly IReadOnlyList<(string Value, FacilityKind Kind)> Kinds =
    [
        ("DAY_CARE", FacilityKind.DayCare), ("PRIMARY_SCHOOL", FacilityKind.PrimarySchool), ("SECONDARY_SCHOOL", FacilityKind.SecondarySchool),
        ("YOUTH_CENTRE", FacilityKind.YouthCentre), ("COUNSELLING_CENTRE", FacilityKind.CounsellingCentre), ("SENIOR_CENTRE", FacilityKind.SeniorCentre),
        ("NEIGHBOURHOOD_OFFICE", FacilityKind.NeighbourhoodOffice), ("FAMILY_CENTRE", FacilityKind.FamilyCentre), ("PLAYGROUND", FacilityKind.Playground),
        ("OTHER", FacilityKind.Other),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Name { get; set; }

    [BindProperty]
    public string Kind { get; set; } = "OTHER";

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    public FacilityEditorData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (await EditorPage.LoadAsync(graphQL, FacilityEditorData.Operation, Organisation, id, ct) is not { Owner: not null } data)
        {
            return NotFound();
        }

        Data = data;
        if (data.Facility is { } facility)
        {
            (Id, Version, Name, Location) = (facility.Id, facility.Version, facility.Name, facility.Location.Id);
            Kind = Kinds.First(k => k.Kind == facility.Kind).Value;
            Capacity = facility.Capacity?.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var capacity = Errors.WholeNumber("capacity", "Die Zahl der Plätze", Capacity);
        if (!Errors.Any)
        {
            var input = new Dictionary<string, object?>
            {
                ["operator"] = Organisation ?? "", ["location"] = Location ?? "", ["name"] = Name ?? "", ["kind"] = Kind, ["capacity"] = capacity,
            };
            var payload = await EditorPage.SaveAsync(graphQL, DirectoryMutationData.CreateFacility, DirectoryMutationData.UpdateFacility, input, Id, Version, Errors, ct);
            if (payload.Record is not null)
            {
                TempData[Angebote.IndexModel.NoticeKey] = $"Die Einrichtung „{Name}“ ist gespeichert.";
                return RedirectToPage("/Organisation/Angebote/Index");
            }

            Version = payload.Current?.Version ?? Version;
        }

        Data = (await EditorPage.LoadAsync(graphQL, FacilityEditorData.Operation, Organisation, Id, ct))!;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
