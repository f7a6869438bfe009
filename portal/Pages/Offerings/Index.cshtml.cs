using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Offerings;

/// <summary>The public offering search: a GET form (works without JavaScript), a result list with paging, and a map of the results.</summary>
public sealed class IndexModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public OfferingFilter Filter { get; set; } = new();

    [FromQuery(Name = "nach")]
    public string? After { get; set; }

    public OfferingSearchData Data { get; private set; } = null!;

    /// <summary>Result locations with coordinates, for the map and its table.</summary>
    public IReadOnlyList<(OfferingHit Offering, OfferingPlace Place)> Places { get; private set; } = [];

    public MapData Map { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await graphQL.QueryAsync(OfferingSearchData.Operation,
            new { where = Filter.Where(), search = Filter.Search(), first = PageSize, after = After }, cancellationToken);
        Places = [.. Data.Offerings.Nodes.SelectMany(o => o.Locations.Where(l => l.Latitude is not null && l.Longitude is not null).Select(l => (o, l)))];
        Map = MapData.Outlines("angebote-karte", "Orte der gefundenen Angebote", Data.SocialSpaces.Nodes, mapOptions.Value,
            points: Places.Select(p => new MapPoint(p.Place.Latitude!.Value, p.Place.Longitude!.Value, $"{p.Offering.Name} – {p.Place.Name}")));
    }
}
