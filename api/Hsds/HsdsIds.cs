using System.Buffers.Binary;

namespace SozialHub.Api.Hsds;

/// <summary>What an HSDS id stands for; part of the id, so that an id names its kind of record.</summary>
public enum HsdsKind : ushort
{
    Organization = 1,
    Service,
    Location,
    ServiceAtLocation,
    Schedule,
    Language,
    Address,
    Accessibility,
    CostOption,
    Contact,
    Phone,
    Taxonomy,
    ActionFieldTerm,
    TargetGroupTerm,
    Attribute,
}

/// <summary>
/// HSDS wants UUIDs; our records have integer keys. An HSDS id is a UUIDv8 (RFC 9562, custom layout) that carries a
/// fixed prefix, the kind, the record's id and an optional second number (e.g. the location of a service_at_location),
/// so it is stable, needs no column and is decoded without a lookup (docs/adr: directory-hsds-ids).
/// </summary>
public static class HsdsIds
{
    private const uint Prefix = 0x5a0c1a1b;

    public static string For(HsdsKind kind, int id, int sub = 0)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Prefix);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[4..], (ushort)kind);
        bytes[6] = 0x80; // version 8
        bytes[8] = 0x80; // RFC 4122 variant
        BinaryPrimitives.WriteInt32BigEndian(bytes[9..], sub << 8); // 24 bits of sub in bytes 9-11
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], id);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>The record id in an HSDS id of the given kind; false for anything else, including other kinds.</summary>
    public static bool TryRead(string? text, HsdsKind kind, out int id) => TryRead(text, out var found, out id, out _) && found == kind;

    public static bool TryRead(string? text, out HsdsKind kind, out int id, out int sub)
    {
        (kind, id, sub) = (default, 0, 0);
        if (!Guid.TryParseExact(text ?? "", "D", out _))
        {
            return false;
        }

        var bytes = Convert.FromHexString(text!.Replace("-", "", StringComparison.Ordinal));
        if (BinaryPrimitives.ReadUInt32BigEndian(bytes) != Prefix)
        {
            return false;
        }

        kind = (HsdsKind)BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        sub = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8)) & 0xFFFFFF;
        id = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(12));
        return Enum.IsDefined(kind);
    }
}
