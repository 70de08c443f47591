using System.Text.Json.Serialization;
using Refit;

namespace Labor.Reference.Esco;

/// <summary>
/// The ESCO web-service API (https://ec.europa.eu/esco/api), as far as the vocabulary uses it; shapes in
/// docs/notes/esco-web-service.md. Only fields we read are modelled, and every list may be absent.
/// </summary>
internal interface IEscoApi
{
    [Get("/search")]
    Task<EscoSearchResult> SearchAsync(
        string text, string language, string type, int limit, [AliasAs("selectedVersion")] string version, CancellationToken cancellationToken, bool full = false);

    [Get("/resource/occupation")]
    Task<EscoOccupation> OccupationAsync(string uri, string language, [AliasAs("selectedVersion")] string version, CancellationToken cancellationToken);
}

internal sealed record EscoSearchResult(int Total, [property: JsonPropertyName("_embedded")] EscoSearchHits? Embedded);

internal sealed record EscoSearchHits(IReadOnlyList<EscoSearchHit>? Results);

internal sealed record EscoSearchHit(string Uri, string Title, string? ClassName, string? SearchHit);

internal sealed record EscoOccupation(
    string Uri,
    string Title,
    string? Code,
    IReadOnlyDictionary<string, string>? PreferredLabel,
    IReadOnlyDictionary<string, string[]>? AlternativeLabel,
    [property: JsonPropertyName("_links")] EscoOccupationLinks? Links);

internal sealed record EscoOccupationLinks(
    IReadOnlyList<EscoLink>? BroaderIscoGroup,
    IReadOnlyList<EscoLink>? HasEssentialSkill,
    IReadOnlyList<EscoLink>? HasOptionalSkill);

internal sealed record EscoLink(string Uri, string? Title, string? Code, string? SkillType);
