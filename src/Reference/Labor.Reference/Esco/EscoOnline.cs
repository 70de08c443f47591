using Labor.BuildingBlocks.Outcomes;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Import;
using Microsoft.Extensions.Options;
using Refit;

namespace Labor.Reference.Esco;

/// <summary>
/// Looks concepts up in ESCO's web service, when one is configured, and adds an occupation with its skills to the
/// vocabulary, so an admin can bring in an occupation the starter taxonomy lacks without the full download.
/// </summary>
internal sealed class EscoOnline(IEscoApi esco, IOptions<EscoOptions> options, VocabularyImporter importer)
{
    public const string Source = "esco-api";

    public static readonly IReadOnlySet<string> SearchTypes = new HashSet<string>(["occupation", "skill"], StringComparer.Ordinal);

    public bool Configured => options.Value.BaseUrl is not null;

    /// <exception cref="EscoUnavailableException">The service did not answer in time or answered with an error.</exception>
    public async Task<IReadOnlyList<EscoSearchHit>> SearchAsync(string text, string type, Language language, int limit, CancellationToken cancellationToken)
    {
        EscoSearchResult result = await Call(() => esco.SearchAsync(text, language.Code(), type, limit, options.Value.Version, cancellationToken));
        return result.Embedded?.Results ?? [];
    }

    /// <summary>Reads the occupation in Dutch and in English and imports it with its skills.</summary>
    public async Task<Result<ImportRecord>> ImportOccupationAsync(string uri, CancellationToken cancellationToken)
    {
        EscoOccupation? dutch = await Find(uri, "nl", cancellationToken);
        EscoOccupation? english = dutch is null ? null : await Find(uri, "en", cancellationToken);
        if (dutch is null || english is null)
        {
            return Refusal.NotFound("ESCO has no such occupation.", uri);
        }

        var batch = new VocabularyBatch();
        string isco = dutch.Links?.BroaderIscoGroup?.Select(group => group.Code).FirstOrDefault(code => code is { Length: 4 })
            ?? dutch.Code?.Split('.')[0] ?? "";
        OccupationRow occupation = batch.Occupation(dutch.Uri, isco);
        occupation.LabelNl = dutch.PreferredLabel?.GetValueOrDefault("nl") ?? dutch.Title;
        occupation.LabelEn = english.PreferredLabel?.GetValueOrDefault("en") ?? english.Title;
        occupation.AltLabelsNl = dutch.AlternativeLabel?.GetValueOrDefault("nl") ?? [];
        occupation.AltLabelsEn = english.AlternativeLabel?.GetValueOrDefault("en") ?? [];
        AddSkills(batch, dutch, english, essential: true);
        AddSkills(batch, dutch, english, essential: false);
        return await importer.ImportBatchAsync(Source, uri, batch, cancellationToken);
    }

    private static void AddSkills(VocabularyBatch batch, EscoOccupation dutch, EscoOccupation english, bool essential)
    {
        IReadOnlyList<EscoLink> Links(EscoOccupation occupation) =>
            (essential ? occupation.Links?.HasEssentialSkill : occupation.Links?.HasOptionalSkill) ?? [];

        Dictionary<string, string?> englishTitles = Links(english).DistinctBy(l => l.Uri).ToDictionary(l => l.Uri, l => l.Title, StringComparer.Ordinal);
        foreach (EscoLink link in Links(dutch))
        {
            SkillRow skill = batch.Skill(link.Uri);
            skill.LabelNl = link.Title;
            skill.LabelEn = englishTitles.GetValueOrDefault(link.Uri) ?? link.Title;
            skill.SkillType = link.SkillType?.EndsWith("/knowledge", StringComparison.Ordinal) == true ? "knowledge" : "skill/competence";
            batch.Relate(dutch.Uri, link.Uri, essential);
        }
    }

    private async Task<EscoOccupation?> Find(string uri, string language, CancellationToken cancellationToken)
    {
        try
        {
            return await Call(() => esco.OccupationAsync(uri, language, options.Value.Version, cancellationToken));
        }
        catch (EscoUnavailableException exception) when (exception.InnerException is ApiException { StatusCode: System.Net.HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is ApiException or ApiRequestException or HttpRequestException or TimeoutException
                                           or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            throw new EscoUnavailableException(exception);
        }
    }
}

internal sealed class EscoUnavailableException(Exception inner) : Exception("The ESCO web service did not answer as expected.", inner);
