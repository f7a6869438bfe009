using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SozialHub.Api.GraphQL;

/// <summary>A GeoJSON geometry object (RFC 7946, WGS84), written into the response as JSON, not as a string.</summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A GeoJSON geometry (RFC 7946, WGS84 longitude/latitude).";
    }

    public override object? Serialize(object? value) => value switch
    {
        string json => JsonDocument.Parse(json).RootElement.Clone(),
        JsonElement element => element,
        null => null,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value is null ? null : ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);
}
