using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Locations;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Hsds;

/// <summary>
/// Reads the directory as HSDS: every answer takes a fixed number of queries, however many records it holds (related
/// rows are fetched with the page's query as a subquery, never one query per record). Only published offerings are
/// read (no drafts, none in review), and unconfirmed cooperations are not part of HSDS.
/// </summary>
public sealed class HsdsReader(ApiDbContext db)
{
    public async Task<HsdsPage<HsdsService>> ServicesAsync(HsdsParameters parameters, CancellationToken cancellationToken)
    {
        var filtered = Filter(db.Offerings.Published().AsNoTracking(), parameters);
        var total = await filtered.CountAsync(cancellationToken);
        var page = filtered.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(parameters.Skip).Take(parameters.PerPage);
        var offerings = await page.ToListAsync(cancellationToken);
        var organizations = await OrganizationsOf(page).ToDictionaryAsync(o => o.Id, cancellationToken);
        return parameters.PageOf(total, [.. offerings.Select(o => HsdsMapping.Service(o, HsdsMapping.Organization(organizations[o.OrganizationId])))]);
    }

    public async Task<HsdsService?> ServiceAsync(int id, CancellationToken cancellationToken) =>
        (await FullServicesAsync(db.Offerings.Published().Where(o => o.Id == id), cancellationToken)).SingleOrDefault();

    /// <summary>Services with all they hold: organisation, locations, schedules, languages, cost, contact, taxonomy terms.</summary>
    public async Task<IReadOnlyList<HsdsService>> FullServicesAsync(IQueryable<Offering> offerings, CancellationToken cancellationToken)
    {
        offerings = offerings.AsNoTracking();
        var rows = await offerings.OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var organizations = await OrganizationsOf(offerings).ToDictionaryAsync(o => o.Id, cancellationToken);
        var locations = await offerings.SelectMany(o => o.Locations, (o, l) => new { OfferingId = o.Id, Location = l }).ToListAsync(cancellationToken);
        var schedules = await db.OfferingSchedules.AsNoTracking().Where(s => offerings.Any(o => o.Id == s.OfferingId)).ToListAsync(cancellationToken);
        var languages = await db.Set<OfferingLanguage>().AsNoTracking().Where(l => offerings.Any(o => o.Id == l.OfferingId)).ToListAsync(cancellationToken);
        var fields = await offerings.SelectMany(o => o.ActionFields, (o, a) => new { OfferingId = o.Id, Field = a }).ToListAsync(cancellationToken);
        var groups = await offerings.SelectMany(o => o.TargetGroups, (o, t) => new { OfferingId = o.Id, Group = t }).ToListAsync(cancellationToken);

        return [.. rows.Select(o =>
        {
            var service = HsdsMapping.Service(o, HsdsMapping.Organization(organizations[o.OrganizationId]));
            var serviceId = service.Id;
            return service with
            {
                ServiceAtLocations = [.. locations.Where(l => l.OfferingId == o.Id).OrderBy(l => l.Location.Name)
                    .Select(l => HsdsMapping.ServiceAtLocation(o.Id, l.Location, null))],
                Schedules = [.. schedules.Where(s => s.OfferingId == o.Id).OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt).Select(HsdsMapping.Schedule)],
                Languages = [.. languages.Where(l => l.OfferingId == o.Id).OrderBy(l => l.Code, StringComparer.Ordinal)
                    .Select((l, i) => HsdsMapping.Language(o.Id, l.Code, i))],
                CostOptions = [HsdsMapping.Cost(o)],
                Contacts = o.ContactName is null ? [] : [new(HsdsIds.For(HsdsKind.Contact, o.Id), serviceId, o.ContactName, o.Email)],
                Phones = o.Phone is null ? [] : [new(HsdsIds.For(HsdsKind.Phone, o.Id), o.Phone, serviceId, null)],
                Attributes = [
                    .. fields.Where(f => f.OfferingId == o.Id).OrderBy(f => f.Field.SortOrder).Select(f => HsdsMapping.Attribute(o.Id, HsdsMapping.Term(f.Field), false)),
                    .. groups.Where(g => g.OfferingId == o.Id).OrderBy(g => g.Group.Name).Select(g => HsdsMapping.Attribute(o.Id, HsdsMapping.Term(g.Group), true)),
                ],
            };
        })];
    }

    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(HsdsParameters parameters, CancellationToken cancellationToken)
    {
        var filtered = db.Organizations.AsNoTracking();
        if (parameters.Search is { } search)
        {
            var pattern = Like(search);
            filtered = filtered.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Description, pattern, "\\"));
        }

        if (parameters.ModifiedAfter is { } since)
        {
            filtered = filtered.Where(o => o.UpdatedAt >= since);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var rows = await filtered.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(parameters.Skip).Take(parameters.PerPage).ToListAsync(cancellationToken);
        return parameters.PageOf(total, [.. rows.Select(HsdsMapping.Organization)]);
    }

    /// <summary>One organisation with its phone and locations.</summary>
    public async Task<HsdsOrganization?> OrganizationAsync(int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.OrganizationId == id).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return HsdsMapping.Organization(organization) with
        {
            Phones = HsdsMapping.OrganizationPhone(organization) is { } phone ? [phone] : [],
            Locations = [.. locations.Select(HsdsMapping.Location)],
        };
    }

    public async Task<IReadOnlyList<HsdsTaxonomyTerm>> TermsAsync(CancellationToken cancellationToken)
    {
        var fields = await db.ActionFields.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var groups = await db.TargetGroups.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. fields.Select(HsdsMapping.Term), .. groups.Select(HsdsMapping.Term)];
    }

    /// <summary>Each offering at each of its locations, with the location and the service (without its nested lists).</summary>
    public async Task<HsdsPage<HsdsServiceAtLocation>> ServiceAtLocationsAsync(HsdsParameters parameters, CancellationToken cancellationToken)
    {
        var pairs = Filter(db.Offerings.Published().AsNoTracking(), parameters).SelectMany(o => o.Locations, (o, l) => new { Offering = o, Location = l });
        var total = await pairs.CountAsync(cancellationToken);
        var rows = await pairs.OrderBy(p => p.Offering.Id).ThenBy(p => p.Location.Id).Skip(parameters.Skip).Take(parameters.PerPage)
            .ToListAsync(cancellationToken);
        return parameters.PageOf(total, [.. rows.Select(p => HsdsMapping.ServiceAtLocation(p.Offering.Id, p.Location, HsdsMapping.Service(p.Offering, null)))]);
    }

    private IQueryable<Organization> OrganizationsOf(IQueryable<Offering> offerings) =>
        db.Organizations.AsNoTracking().Where(org => offerings.Any(o => o.OrganizationId == org.Id));

    private static IQueryable<Offering> Filter(IQueryable<Offering> offerings, HsdsParameters parameters)
    {
        if (parameters.Search is { } search)
        {
            var pattern = Like(search);
            offerings = offerings.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Description, pattern, "\\"));
        }

        if (parameters.ModifiedAfter is { } since)
        {
            offerings = offerings.Where(o => o.UpdatedAt >= since);
        }

        if (parameters.OrganizationId is { } organization)
        {
            offerings = offerings.Where(o => o.OrganizationId == organization);
        }

        return (parameters.TermKind, parameters.TermId) switch
        {
            (HsdsKind.ActionFieldTerm, { } field) => offerings.Where(o => o.ActionFields.Any(a => a.Id == field)),
            (HsdsKind.TargetGroupTerm, { } group) => offerings.Where(o => o.TargetGroups.Any(t => t.Id == group)),
            _ => offerings,
        };
    }

    private static string Like(string search) =>
        "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
