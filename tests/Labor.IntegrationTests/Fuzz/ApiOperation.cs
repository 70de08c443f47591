using System.Text.Json;

namespace Labor.IntegrationTests.Fuzz;

internal sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of the host's OpenAPI document.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? Body)
{
    public string Key => $"{Method} {Path}";

    public static IReadOnlyList<ApiOperation> AllIn(JsonElement document)
    {
        List<ApiOperation> operations = [];
        foreach (JsonProperty path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "put" or "post" or "delete" or "patch"))
            {
                ApiParameter[] parameters = operation.Value.TryGetProperty("parameters", out JsonElement list)
                    ? [.. list.EnumerateArray().Select(p => new ApiParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("schema", out JsonElement s) ? s : default))]
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out JsonElement request)
                    && request.GetProperty("content").EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } content
                    && content.Value.TryGetProperty("schema", out JsonElement schema)
                        ? schema
                        : null;
                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return operations;
    }
}
