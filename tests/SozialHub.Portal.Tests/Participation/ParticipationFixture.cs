using AngleSharp.Dom;
using SozialHub.Portal.Tests.Authentication;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

[CollectionDefinition(Collection)]
public sealed class ParticipationCollection : ICollectionFixture<ParticipationFixture>
{
    public const string Collection = "Portal participation with identity and API";
}

/// <summary>
/// Identity with a planner and four citizens, the API publishing at once (no pre-moderation, a high hourly limit)
/// and the portal accepting a form one second after it was shown.
/// </summary>
public sealed class ParticipationFixture : IAsyncLifetime
{
    public static readonly TestAccount Planner = new("paula.planerin@example.org", "Paula Planerin", "planner");
    public static readonly TestAccount[] Citizens =
    [
        new("anna.anwohnerin@example.org", "Anna Anwohnerin", "citizen"),
        new("ben.buerger@example.org", "Ben Bürger", "citizen"),
        new("clara.citoyenne@example.org", "Clara Citoyenne", "citizen"),
        new("dora.dorf@example.org", "Dora Dorf", "citizen"),
    ];

    /// <summary>The portal's <c>Participation:Forms:MinimumSecondsToSubmit</c> here.</summary>
    public static readonly TimeSpan MinimumTimeToSubmit = TimeSpan.FromSeconds(1);

    private DemoCityServices? _services;

    public DemoCityServices Services => _services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _services = await DemoCityServices.StartAsync("participation", new SignInSetup(
        [Planner, .. Citizens],
        Api: new Dictionary<string, string?> { ["Participation:PreModeration"] = "0", ["Participation:MaxPerHour"] = "1000" },
        Portal: new Dictionary<string, string?> { ["Participation:Forms:MinimumSecondsToSubmit"] = "1" }));

    public Browser Browser() => new(Services.Portal.BaseAddress);

    public static Task<IDocument> SignInAsync(Browser browser, TestAccount account, string returnUrl) =>
        browser.SignInAsync(account.Email, account.Password, returnUrl);

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
