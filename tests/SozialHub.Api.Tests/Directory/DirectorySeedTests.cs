using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>The demo city's directory (seed/directory/) as the importer stores it, on each provider.</summary>
[Collection(ApiCollection.Collection)]
public sealed class DirectorySeedTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_directory_has_the_sizes_the_issue_asks_for(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var counts = await api.WithDbAsync(async db => new
        {
            Organizations = await db.Organizations.CountAsync(),
            Branches = await db.Organizations.CountAsync(o => o.ParentOrganizationId != null),
            Offerings = await db.Offerings.CountAsync(),
            SpacesWithOfferings = await db.Offerings.SelectMany(o => o.Locations).Select(l => l.SocialSpaceId).Distinct().CountAsync(),
            FieldsWithOfferings = await db.Offerings.SelectMany(o => o.ActionFields).Select(a => a.Key).Distinct().CountAsync(),
            WithSchedules = await db.Offerings.CountAsync(o => o.Schedules.Any()),
            WithTargetGroups = await db.Offerings.CountAsync(o => o.TargetGroups.Any()),
            Languages = await db.Set<Offerings.OfferingLanguage>().Select(l => l.Code).Distinct().CountAsync(),
            Facilities = await db.Facilities.CountAsync(),
            WithCapacity = await db.Facilities.CountAsync(f => f.Capacity != null),
            Cooperations = await db.Cooperations.CountAsync(),
            Unconfirmed = await db.Cooperations.CountAsync(c => c.ProposerConfirmedAt == null || c.PartnerConfirmedAt == null),
            Networks = await db.Networks.CountAsync(),
            Members = await db.Networks.SelectMany(n => n.Members).CountAsync(),
            Batch = await db.ImportBatches.SingleAsync(b => b.Kind == Imports.ImportKind.Directory),
        });

        Assert.InRange(counts.Organizations, 35, 45);
        Assert.InRange(counts.Branches, 10, 25);
        Assert.InRange(counts.Offerings, 140, 160);
        Assert.InRange(counts.SpacesWithOfferings, 20, 28);
        Assert.Equal(5, counts.FieldsWithOfferings);
        Assert.Equal(counts.Offerings, counts.WithSchedules);
        Assert.Equal(counts.Offerings, counts.WithTargetGroups);
        Assert.True(counts.Languages >= 5, $"{counts.Languages} languages");
        Assert.InRange(counts.Facilities, 55, 65);
        Assert.True(counts.WithCapacity >= 20, $"{counts.WithCapacity} with capacity");
        Assert.InRange(counts.Cooperations, 75, 85);
        Assert.InRange(counts.Unconfirmed, 3, 15);
        Assert.Equal(5, counts.Networks);
        Assert.True(counts.Members >= 25, $"{counts.Members} memberships");
        Assert.Equal("Synthetische Demodaten", counts.Batch.Source);
        Assert.Equal(counts.Organizations + counts.Offerings + counts.Facilities + counts.Cooperations + counts.Networks
            + await api.WithDbAsync(db => db.Locations.CountAsync()), counts.Batch.InsertedCount);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Every_location_lies_inside_its_social_space(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var locations = await api.WithDbAsync(db => db.Locations
            .Select(l => new { l.Name, l.Latitude, l.Longitude, Space = l.SocialSpace!.Key, l.SocialSpace.Geometry }).ToListAsync());
        var spaces = locations.Select(l => l.Space).Distinct().ToList();

        Assert.InRange(locations.Count, 60, 80);
        Assert.True(spaces.Count >= 20, $"locations in only {spaces.Count} social spaces");
        Assert.All(locations, l =>
            Assert.True(Inside(l.Longitude!.Value, l.Latitude!.Value, l.Geometry), $"{l.Name} ({l.Latitude}, {l.Longitude}) is outside {l.Space}"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Offerings_have_valid_ages_costs_and_opening_hours(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var offerings = await api.WithDbAsync(db => db.Offerings.Include(o => o.Schedules).AsNoTracking().ToListAsync());

        Assert.All(offerings, o => Assert.True(o.MinimumAge is null || o.MaximumAge is null || o.MinimumAge <= o.MaximumAge, o.Name));
        Assert.All(offerings, o => Assert.Equal(o.CostKind == Offerings.CostKind.Amount, o.CostAmount is not null));
        Assert.All(offerings.SelectMany(o => o.Schedules), s => Assert.True(s.OpensAt < s.ClosesAt));
        Assert.Contains(offerings, o => o.MinimumAge is not null);
        Assert.Contains(offerings, o => o.CostKind == Offerings.CostKind.Amount);
        Assert.Contains(offerings, o => o.Status != Offerings.OfferingStatus.Active);
        Assert.Contains(offerings, o => o.LastReviewedAt < new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    /// <summary>Ray casting over the polygon's outer ring (GeoJSON: longitude, latitude).</summary>
    private static bool Inside(double x, double y, string geometry)
    {
        var ring = JsonDocument.Parse(geometry).RootElement.GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        var inside = false;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[i + 1]);
            if ((a.Y > y) != (b.Y > y) && x < a.X + ((y - a.Y) * (b.X - a.X) / (b.Y - a.Y)))
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
