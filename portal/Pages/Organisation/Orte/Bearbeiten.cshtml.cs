using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.MemberArea;

namespace SozialHub.Portal.Pages.Organisation.Orte;

/// <summary>
/// A location of an organisation: address, accessibility and the point, set by a click on the map or typed as
/// latitude and longitude (for keyboard users and without JavaScript). The API assigns the Sozialraum from the point.
/// </summary>
[Authorize]
public sealed class BearbeitenModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
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
    public string? Street { get; set; }

    [BindProperty]
    public string? PostalCode { get; set; }

    [BindProperty]
    public string? City { get; set; }

    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public string? Accessibility { get; set; }

    public LocationEditorData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public MapData Map => MapData.Outlines("ort-karte", "Sozialräume der Stadt; ein Klick setzt den Punkt des Ortes", Data.SocialSpaces.Nodes, mapOptions.Value);

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (await EditorPage.LoadAsync(graphQL, LocationEditorData.Operation, Organisation, id, ct) is not { Owner: not null } data)
        {
            return NotFound();
        }

        Data = data;
        if (data.Location is { } location)
        {
            (Id, Version, Name, Accessibility) = (location.Id, location.Version, location.Name, location.Accessibility);
            (Street, PostalCode, City) = (location.Address.Street, location.Address.PostalCode, location.Address.City);
            Latitude = location.Latitude?.ToString(CultureInfo.InvariantCulture);
            Longitude = location.Longitude?.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var latitude = Errors.Number("latitude", "Die Breite", Latitude);
        var longitude = Errors.Number("longitude", "Die Länge", Longitude);
        if (!Errors.Any)
        {
            var input = new Dictionary<string, object?>
            {
                ["name"] = Name ?? "", ["street"] = Street, ["postalCode"] = PostalCode, ["city"] = City, ["accessibility"] = Accessibility,
                // The API names a missing point itself; NaN would not pass GraphQL's Float.
                ["latitude"] = latitude ?? 0, ["longitude"] = longitude ?? 0,
            };
            if (latitude is null || longitude is null)
            {
                Errors.Add(latitude is null ? "latitude" : "longitude", "Bitte den Ort auf der Karte markieren oder Breite und Länge eingeben.");
            }
            else
            {
                if (Id is null)
                {
                    input["organization"] = Organisation;
                }

                var payload = await EditorPage.SaveAsync(graphQL, DirectoryMutationData.CreateLocation, DirectoryMutationData.UpdateLocation, input, Id, Version, Errors, ct);
                if (payload.Record is not null)
                {
                    TempData[Angebote.IndexModel.NoticeKey] = $"Der Ort „{Name}“ ist gespeichert.";
                    return RedirectToPage("/Organisation/Angebote/Index");
                }

                // After a CONFLICT the message names who changed it; saving again replaces that version on purpose.
                Version = payload.Current?.Version ?? Version;
            }
        }

        Data = (await EditorPage.LoadAsync(graphQL, LocationEditorData.Operation, Organisation, Id, ct))!;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
