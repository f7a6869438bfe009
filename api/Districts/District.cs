using SozialHub.Api.Database;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Districts;

/// <summary>A Stadtteil: one of the city's official parts, made of social spaces.</summary>
public sealed class District : Entity
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    public List<SocialSpace> SocialSpaces { get; } = [];
}
