using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.SocialSpaces;

/// <summary>The Sozialräume, filtered by Stadtteil and by the programme Soziale Stadt (the API filters).</summary>
public sealed class IndexModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    /// <summary>Values of the programme filter.</summary>
    public const string InProgramme = "ja", NotInProgramme = "nein";

    [BindProperty(SupportsGet = true, Name = "stadtteil")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "programm")]
    public string? Programme { get; set; }

    public IReadOnlyList<KeyName> Districts { get; private set; } = [];

    public IReadOnlyList<SpaceShape> Spaces { get; private set; } = [];

    public MapData? Map { get; private set; }

    public bool IsFiltered => District is { Length: > 0 } || Programme is InProgramme or NotInProgramme;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var where = new Dictionary<string, object>();
        if (District is { Length: > 0 })
        {
            where["district"] = new { eq = District };
        }

        if (Programme is InProgramme or NotInProgramme)
        {
            where["isSocialCityArea"] = new { eq = Programme == InProgramme };
        }

        var data = await graphQL.QueryAsync(SocialSpaceListData.Operation, new { where }, cancellationToken);
        Districts = data.Districts.Nodes;
        Spaces = data.SocialSpaces.Nodes;
        Map = Spaces.Count == 0 ? null : MapData.Outlines("sozialraeume-karte", "Lage der gezeigten Sozialräume", Spaces, mapOptions.Value);
    }
}
