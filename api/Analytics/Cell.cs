namespace SozialHub.Api.Analytics;

/// <summary>One social space's value of one indicator in one year, as the computations read it.</summary>
public sealed record Cell(int SpaceId, int DistrictId, int Year, double Value, double? Numerator, double? Denominator);

/// <summary>What the computations need of a social space.</summary>
public sealed record SpaceInfo(int Id, int DistrictId, bool IsSocialCityArea, int Population);
