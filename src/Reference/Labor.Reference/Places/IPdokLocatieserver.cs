using System.Text.Json.Serialization;
using Refit;

namespace Labor.Reference.Places;

/// <summary>PDOK Locatieserver, the Dutch public geocoder (free search, v3.1).</summary>
internal interface IPdokLocatieserver
{
    [Get("/bzk/locatieserver/search/v3_1/free")]
    Task<PdokAnswer> FreeAsync([AliasAs("q")] string query, [AliasAs("fq")] string filter, int rows, CancellationToken cancellationToken);
}

internal sealed record PdokAnswer([property: JsonPropertyName("response")] PdokResponse Response);

internal sealed record PdokResponse(
    [property: JsonPropertyName("numFound")] int NumFound,
    [property: JsonPropertyName("docs")] IReadOnlyList<PdokDocument> Docs);

internal sealed record PdokDocument(
    [property: JsonPropertyName("postcode")] string? Postcode,
    [property: JsonPropertyName("gemeentenaam")] string? Gemeentenaam,
    [property: JsonPropertyName("centroide_ll")] string? CentroideLl);
