namespace SozialHub.Testing;

/// <summary>The people of the participation tests: a planner, four citizens (three of them to flag) and an organisation's member.</summary>
public static class ParticipationAccounts
{
    public static readonly TestAccount Planner = new("paula.planerin@example.org", "Paula Planerin", "planner");

    /// <summary>Made a member of an organisation by the test that needs it (<see cref="DemoCityServices.AddMemberAsync"/>).</summary>
    public static readonly TestAccount Member = new("olga.organisation@example.org", "Olga Organisation", "organization");

    public static readonly TestAccount[] Citizens =
    [
        new("anna.anwohnerin@example.org", "Anna Anwohnerin", "citizen"),
        new("ben.buerger@example.org", "Ben Bürger", "citizen"),
        new("clara.citoyenne@example.org", "Clara Citoyenne", "citizen"),
        new("dora.dorf@example.org", "Dora Dorf", "citizen"),
    ];

    /// <summary>Identity with these accounts; the API publishing at once with a high hourly limit; the portal's form minimum time.</summary>
    public static SignInSetup Setup(int minimumSecondsToSubmit) => new(
        [Planner, .. Citizens, Member],
        Api: new Dictionary<string, string?> { ["Participation:PreModeration"] = "0", ["Participation:MaxPerHour"] = "10000", ["Participation:MaxPerHourPerAddress"] = "10000" },
        Portal: new Dictionary<string, string?> { ["Participation:Forms:MinimumSecondsToSubmit"] = minimumSecondsToSubmit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
