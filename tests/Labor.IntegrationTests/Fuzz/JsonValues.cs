using System.Text.Json;
using CsCheck;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>JSON values shaped by the OpenAPI document's schemas, with a wrong-typed one now and then.</summary>
internal sealed class JsonValues(JsonElement document, Gen<string> ids)
{
    private const int Deepest = 5;

    public Gen<string> For(JsonElement schema, int depth = 0) =>
        depth > Deepest ? Gen.Const("null") : Gen.Frequency((8, Typed(Resolve(schema), depth)), (1, FuzzText.AnyJson));

    /// <summary>A raw (unquoted) value for a query or path parameter of this schema.</summary>
    public Gen<string> Raw(JsonElement schema) => (schema.ValueKind == JsonValueKind.Object ? TypeOf(Resolve(schema)) : (null, null)) switch
    {
        ("integer" or "number", _) => Gen.Frequency((3, FuzzText.Numbers), (1, FuzzText.Strings)),
        ("boolean", _) => Gen.OneOf("true", "false", "1", "yes", FuzzText.Mark),
        ("string", "uuid") => Gen.Frequency((4, ids), (1, FuzzText.Ids)),
        ("string", "date" or "date-time") => FuzzText.Dates,
        _ => FuzzText.Strings,
    };

    private Gen<string> Typed(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return FuzzText.AnyJson;
        }

        if (schema.TryGetProperty("enum", out JsonElement values) && values.GetArrayLength() > 0)
        {
            return Gen.Frequency((3, Gen.OneOf([.. values.EnumerateArray().Select(v => v.GetRawText())])), (1, FuzzText.Strings.Select(FuzzText.Json)));
        }

        foreach (string choice in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(choice, out JsonElement options) && options.EnumerateArray().FirstOrDefault(IsNotNull) is { ValueKind: JsonValueKind.Object } first)
            {
                return For(first, depth);
            }
        }

        return TypeOf(schema) switch
        {
            ("object", _) => Object(schema, depth),
            ("array", _) => (schema.TryGetProperty("items", out JsonElement items) ? For(items, depth + 1) : FuzzText.AnyJson)
                .Array[0, 4].Select(elements => "[" + string.Join(',', elements) + "]"),
            ("integer" or "number", _) => FuzzText.Numbers,
            ("boolean", _) => Gen.OneOf("true", "false"),
            ("string", "uuid") => Gen.Frequency((4, ids), (1, FuzzText.Ids)).Select(FuzzText.Json),
            ("string", "date" or "date-time") => FuzzText.Dates.Select(FuzzText.Json),
            ("string", _) => FuzzText.Strings.Select(FuzzText.Json),
            _ => FuzzText.AnyJson,
        };
    }

    private Gen<string> Object(JsonElement schema, int depth)
    {
        IEnumerable<Gen<string?>> members = schema.TryGetProperty("properties", out JsonElement properties)
            ? properties.EnumerateObject().Select(p => Gen.Frequency(
                (6, For(p.Value, depth + 1).Select(value => (string?)$"{FuzzText.Json(p.Name)}:{value}")),
                (1, Gen.Const((string?)null))))
            : [];
        members = members.Append(Gen.Frequency((9, Gen.Const((string?)null)), (1, FuzzText.AnyJson.Select(v => (string?)$"\"{FuzzText.Mark}\":{v}"))));
        return Sequence(members).Select(parts => "{" + string.Join(',', parts.OfType<string>()) + "}");
    }

    internal static Gen<string?[]> Sequence(IEnumerable<Gen<string?>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<string?>()), (all, next) => all.SelectMany(done => next.Select(value => (string?[])[.. done, value])));

    private static (string? Type, string? Format) TypeOf(JsonElement schema)
    {
        string? format = schema.TryGetProperty("format", out JsonElement f) ? f.GetString() : null;
        if (!schema.TryGetProperty("type", out JsonElement type))
        {
            return (schema.TryGetProperty("properties", out _) ? "object" : null, format);
        }

        // OpenAPI 3.1 lists several: ["integer", "string"] for a number that may come as a string, ["string", "null"].
        string[] types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
        return (types.FirstOrDefault(t => t is not ("null" or "string")) ?? types.FirstOrDefault(t => t != "null"), format);
    }

    private static bool IsNotNull(JsonElement schema) =>
        !(schema.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null");

    private JsonElement Resolve(JsonElement schema)
    {
        for (int hops = 0; hops < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out JsonElement reference); hops++)
        {
            schema = reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(document, (node, name) => node.GetProperty(name));
        }

        return schema;
    }
}
