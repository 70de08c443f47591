using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Web;
using Labor.Matching.Results;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Matching.Digests;

/// <summary>
/// Turns a person's unmailed fits into the digest mail: the HTML part rendered by Razor (<see cref="DigestHtml"/>,
/// which escapes every value), the plain-text part by <see cref="DigestText"/>, both from one <see cref="DigestMail"/>,
/// and the headers that let a mail client unsubscribe in one click (RFC 8058).
/// </summary>
internal sealed class DigestComposer(
    IServiceProvider services, ILoggerFactory loggers, IVocabulary vocabulary, UnsubscribeLinks unsubscribe, IOptions<PublicUrlOptions> site) : IAsyncDisposable
{
    private const int MaxReasons = 3;
    private const int MaxSkillsNamed = 3;
    private readonly HtmlRenderer _renderer = new(services, loggers);

    public async Task<OutgoingMail> ComposeAsync(Guid digestId, string frequency, AccountContact to, IReadOnlyList<UnmailedFit> fits)
    {
        DigestMail mail = Describe(frequency, to, fits);
        string html = await _renderer.Dispatcher.InvokeAsync(async () =>
            (await _renderer.RenderComponentAsync<DigestHtml>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DigestHtml.Mail)] = mail })))
                .ToHtmlString());
        return new OutgoingMail(to.Email, mail.Subject, DigestText.Of(mail), html)
        {
            Headers = new Dictionary<string, string>
            {
                ["Message-ID"] = $"<digest-{digestId:N}@{site.Value.PublicUrl.Host}>",
                ["List-Unsubscribe"] = $"<{mail.Unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["Auto-Submitted"] = "auto-generated",
            },
        };
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();

    private DigestMail Describe(string frequency, AccountContact to, IReadOnlyList<UnmailedFit> fits)
    {
        DigestWording words = DigestWording.Of(to.Language);
        Language language = Languages.Of(to.Language);
        string subject = fits.Count == 1 ? words.Text("DigestSubjectOne") : words.Format("DigestSubjectMany", fits.Count);
        return new DigestMail(
            to.Language, subject, words.Words, words.Text($"DigestWhyMail_{frequency}"), [.. fits.Select(fit => Describe(fit, words, language))],
            site.Value.Link("/mijn-matches"), site.Value.Link("/mijn-profiel#digestFrequency"), unsubscribe.For(to.AccountId));
    }

    private DigestFit Describe(UnmailedFit fit, DigestWording words, Language language)
    {
        Explanation why = Explanation.Of(fit.Match, fit.Vacancy, vocabulary, language);
        string place = why.DistanceKm is { } km && fit.Vacancy.Municipality is { } municipality
            ? words.Format("DigestKmFromHome", municipality, km.ToString("0.#", words.Culture))
            : words.Text("DigestRemote");
        List<string> reasons = [];
        if (why.MatchedSkills.Count > 0)
        {
            reasons.Add(words.Format("DigestYouKnow", Named(why.MatchedSkills)));
        }

        if (why.OccupationRelation != "none")
        {
            reasons.Add(words.Text($"DigestOccupation_{why.OccupationRelation}"));
        }

        if (why.Intersectoral)
        {
            reasons.Add(words.Text("DigestMove"));
        }

        if (why.RelatedSkills.Count > 0)
        {
            reasons.Add(words.Format("DigestCloseTo", Named(why.RelatedSkills)));
        }

        TrainingHint? course = why.Training.Count > 0 ? why.Training[0] : null;
        return new DigestFit(
            fit.Vacancy.Title,
            fit.Employer,
            place,
            words.Format("DigestHours", fit.Vacancy.HoursMin, fit.Vacancy.HoursMax),
            words.Format("DigestScore", fit.Match.Score),
            [.. reasons.Take(MaxReasons)],
            why.MissingEssentialSkills.Count > 0 ? words.Format("DigestStillMissing", Named(why.MissingEssentialSkills)) : null,
            course is null ? null : words.Format("DigestCourse", course.Title, course.Provider, course.DurationHours),
            site.Value.Link($"/vacatures/{fit.Vacancy.VacancyId}"));
    }

    private static string Named(IReadOnlyList<NamedSkill> skills) => string.Join(", ", skills.Take(MaxSkillsNamed).Select(s => s.Label));
}
