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
    public static TestAccount Planner => ParticipationAccounts.Planner;

    public static IReadOnlyList<TestAccount> Citizens => ParticipationAccounts.Citizens;

    /// <summary>The portal's <c>Participation:Forms:MinimumSecondsToSubmit</c> here.</summary>
    public static readonly TimeSpan MinimumTimeToSubmit = TimeSpan.FromSeconds(1);

    private DemoCityServices? _services;

    public DemoCityServices Services => _services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() =>
        _services = await DemoCityServices.StartAsync("participation", ParticipationAccounts.Setup((int)MinimumTimeToSubmit.TotalSeconds));

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
