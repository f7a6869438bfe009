using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Facilities;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Tests;

/// <summary>
/// A small directory on top of the demo city, written through the DbContext (the write side comes with issue 7).
/// The specs stay in memory so that tests can compute what a filter or an order must return.
/// </summary>
internal static class DirectoryCity
{
    public const string Name = "directory";

    /// <summary>Organisation i was last changed on this day + i days, so that updatedSince has known answers.</summary>
    public static readonly DateTime FirstUpdate = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly OrganizationSpec[] Organizations =
    [
        new("AWO Kreisverband Saarlouis", "e.V.", null, true, "Saarlouis"),
        new("AWO Ortsverein Roden", "e.V.", "AWO Kreisverband Saarlouis", false, "Saarlouis"),
        new("Caritasverband Saar-Hochwald", "e.V.", null, true, "Saarlouis"),
        new("Diakonisches Werk an der Saar", "gGmbH", null, true, "Neunkirchen"),
        new("Jugendtreff Fraulautern", "e.V.", "AWO Kreisverband Saarlouis", false, null),
        new("Kreisstadt Saarlouis, Amt für Soziales", null, null, true, "Saarlouis"),
    ];

    public static readonly LocationSpec[] Locations =
    [
        new("Bürgerhaus Roden", "Bahnhofstraße 1", "66740", "roden-nord", 1),
        new("Stadtteilbüro Fraulautern", "Saarbrücker Straße 20", "66740", "fraulautern-mitte", 4),
        new("Rathaus Saarlouis", "Großer Markt 1", "66740", "innenstadt-grosser-markt", 5),
        new("Beratungszentrum Lisdorf", "Lisdorfer Straße 5", "66740", "lisdorf-mitte", 2),
    ];

    public static readonly OfferingSpec[] Offerings = [.. Enumerable.Range(1, 30).Select(OfferingSpec.Number)];

    /// <summary>The API with the directory; its cost limit is raised because these tests are about data, not limits.</summary>
    public static Task<ApiFactory> ApiAsync(ApiEnvironment environment, DatabaseProvider provider) =>
        environment.SharedAsync(Name, provider, api => api.WithDbAsync(InsertAsync), settings: [("GraphQL:MaxComplexity", "1000000")]);

    private static async Task<bool> InsertAsync(Database.ApiDbContext db)
    {
        await ClearSeededDirectoryAsync(db);
        var actionFields = await db.ActionFields.ToDictionaryAsync(a => a.Key);
        var spaces = await db.SocialSpaces.ToDictionaryAsync(s => s.Key);

        var organizations = Organizations.Select(o => new Organization
        {
            Name = o.Name,
            Description = $"**{o.Name}** (synthetische Testdaten).",
            LegalStatus = o.LegalStatus,
            IsVerified = o.IsVerified,
            Address = new PostalAddress { City = o.City },
        }).ToList();
        for (var i = 0; i < Organizations.Length; i++)
        {
            organizations[i].ParentOrganization = organizations.SingleOrDefault(o => o.Name == Organizations[i].Parent);
        }

        var locations = Locations.Select(l => new Location
        {
            Name = l.Name,
            Address = new PostalAddress { Street = l.Street, PostalCode = l.PostalCode, City = "Saarlouis" },
            Latitude = 49.31,
            Longitude = 6.75,
            SocialSpace = spaces[l.SocialSpace],
            Organization = organizations[l.Organization],
            Accessibility = "Stufenloser Zugang",
        }).ToList();

        foreach (var spec in Offerings)
        {
            var offering = new Offering
            {
                Name = spec.Name,
                Organization = organizations[spec.Organization],
                Status = spec.Status,
                MinimumAge = spec.MinimumAge,
                MaximumAge = spec.MaximumAge,
                CostKind = spec.CostKind,
                CostAmount = spec.CostKind == CostKind.Amount ? 5m : null,
                IsOnline = spec.IsOnline,
                LastReviewedAt = spec.LastReviewedAt,
            };
            offering.ActionFields.AddRange(spec.ActionFields.Select(k => actionFields[k]));
            offering.Locations.AddRange(spec.Locations.Select(i => locations[i]));
            offering.Languages.AddRange(spec.Languages.Select(code => new OfferingLanguage { Code = code }));
            if (spec.Index == 1)
            {
                offering.Schedules.Add(new OfferingSchedule { Weekday = Weekday.Tuesday, OpensAt = new(14, 0), ClosesAt = new(16, 0), Location = locations[0] });
                offering.Schedules.Add(new OfferingSchedule { Weekday = Weekday.Monday, OpensAt = new(9, 0), ClosesAt = new(12, 30) });
            }

            db.Offerings.Add(offering);
        }

        db.Facilities.AddRange(
            new Facility { Name = "Kita Roden", Kind = FacilityKind.DayCare, Capacity = 75, Location = locations[0], Operator = organizations[1] },
            new Facility { Name = "Jugendzentrum Fraulautern", Kind = FacilityKind.YouthCentre, Capacity = 40, Location = locations[1], Operator = organizations[4] },
            new Facility { Name = "Seniorentreff Innenstadt", Kind = FacilityKind.SeniorCentre, Location = locations[2], Operator = null });

        var confirmed = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var joint = new Cooperation
        {
            Proposer = organizations[1], Partner = organizations[4], Form = CooperationForm.JointEvent, Intensity = 2,
            Formality = Formality.Agreement, Since = new DateOnly(2023, 3, 1), ProposerConfirmedAt = confirmed, PartnerConfirmedAt = confirmed,
        };
        joint.ActionFields.Add(actionFields["education"]);
        db.Cooperations.AddRange(
            joint,
            new Cooperation { Proposer = organizations[2], Partner = organizations[3], Form = CooperationForm.BindingProject, Intensity = 3, Formality = Formality.Contract, ProposerConfirmedAt = confirmed },
            new Cooperation { Proposer = organizations[5], Partner = organizations[1], Form = CooperationForm.SpontaneousHelp, Intensity = 1, Formality = Formality.Informal, ProposerConfirmedAt = confirmed, PartnerConfirmedAt = confirmed });

        var youth = new Network { Name = "Arbeitskreis Jugend", Coordinator = organizations[4], ActionField = actionFields["education"], MeetingRhythm = "monatlich" };
        youth.Members.AddRange([organizations[1], organizations[4], organizations[2]]);
        var social = new Network { Name = "Sozialkonferenz Saarlouis", Coordinator = organizations[5], MeetingRhythm = "halbjährlich" };
        social.Members.AddRange(organizations);
        db.Networks.AddRange(youth, social);

        await db.SaveChangesAsync();
        for (var i = 0; i < organizations.Count; i++)
        {
            var id = organizations[i].Id;
            await db.Organizations.Where(o => o.Id == id).ExecuteUpdateAsync(o => o.SetProperty(x => x.UpdatedAt, FirstUpdate.AddDays(i)));
        }

        return true;
    }

    /// <summary>These tests compute their answers from the specs above, so the demo city's own directory goes first.</summary>
    private static async Task ClearSeededDirectoryAsync(Database.ApiDbContext db)
    {
        await db.Networks.ExecuteDeleteAsync();
        await db.Cooperations.ExecuteDeleteAsync();
        await db.Facilities.ExecuteDeleteAsync();
        await db.Offerings.ExecuteDeleteAsync();
        await db.Locations.ExecuteDeleteAsync();
        await db.Organizations.Where(o => o.ParentOrganizationId != null).ExecuteDeleteAsync();
        await db.Organizations.ExecuteDeleteAsync();
        db.ChangeTracker.Clear();
    }
}

internal sealed record OrganizationSpec(string Name, string? LegalStatus, string? Parent, bool IsVerified, string? City);

/// <param name="Organization">Index into <see cref="DirectoryCity.Organizations"/>.</param>
internal sealed record LocationSpec(string Name, string Street, string PostalCode, string SocialSpace, int Organization);

/// <param name="Locations">Indexes into <see cref="DirectoryCity.Locations"/>.</param>
internal sealed record OfferingSpec(
    int Index, string Name, int Organization, OfferingStatus Status, int MinimumAge, int? MaximumAge, CostKind CostKind, bool IsOnline,
    string[] Languages, string[] ActionFields, int[] Locations, DateTime? LastReviewedAt)
{
    /// <summary>Offering i: regular patterns, with ties in the ages and gaps in the optional fields.</summary>
    public static OfferingSpec Number(int i) => new(
        i,
        $"Angebot {i:00}",
        i % Organizations,
        i % 7 == 0 ? OfferingStatus.Inactive : i % 11 == 0 ? OfferingStatus.TemporarilyClosed : OfferingStatus.Active,
        i % 3 * 6,
        i % 4 == 0 ? null : 18 + i,
        i % 5 == 0 ? CostKind.Amount : i % 8 == 0 ? CostKind.OnRequest : CostKind.Free,
        i % 2 == 0,
        [.. new[] { "de", i % 3 == 0 ? "tr" : null, i % 10 == 0 ? "ar" : null }.OfType<string>()],
        [.. new[] { i % 2 == 0 ? "education" : null, i % 3 == 0 ? "labour" : null }.OfType<string>()],
        i % 5 == 0 ? [i % 4, (i + 1) % 4] : [i % 4],
        i % 6 == 0 ? null : new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i));

    private static int Organizations => DirectoryCity.Organizations.Length;
}
