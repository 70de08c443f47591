using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Reference.Vocabulary;

/// <summary>Autocomplete and lookups over occupations, skills and training, for forms and API clients.</summary>
internal static class VocabularyApi
{
    public static void Map(RouteGroupBuilder reference)
    {
        reference.MapGet("/skills", (IVocabulary vocabulary, [AsParameters] SuggestionQuery query) =>
                TypedResults.Ok(vocabulary.SuggestSkills(query.Q!, query.Language, query.Limit ?? SuggestionQuery.DefaultLimit)))
            .Validate<SuggestionQuery>()
            .WithSummary("Skills whose labels (Dutch, English, alternative) match the text: by word prefix, one typo per word tolerated.");
        reference.MapGet("/occupations", (IVocabulary vocabulary, [AsParameters] SuggestionQuery query) =>
                TypedResults.Ok(vocabulary.SuggestOccupations(query.Q!, query.Language, query.Limit ?? SuggestionQuery.DefaultLimit)))
            .Validate<SuggestionQuery>()
            .WithSummary("Occupations whose labels match the text, as for skills.");
        reference.MapGet("/skill", Results<Ok<SkillDetails>, ProblemHttpResult> (IVocabulary vocabulary, [AsParameters] ConceptQuery query) =>
                vocabulary.FindSkill(query.Uri) is { } skill
                    ? TypedResults.Ok(new SkillDetails(skill, vocabulary.BroaderOf(skill.Uri), vocabulary.CoursesTeaching([skill.Uri])))
                    : Unknown("skill", query.Uri!))
            .Validate<ConceptQuery>()
            .WithSummary("One skill by URI, with its broader concepts and the courses that teach it.");
        reference.MapGet("/occupation", Results<Ok<Occupation>, ProblemHttpResult> (IVocabulary vocabulary, [AsParameters] ConceptQuery query) =>
                vocabulary.FindOccupation(query.Uri) is { } occupation
                    ? TypedResults.Ok(occupation)
                    : Unknown("occupation", query.Uri!))
            .Validate<ConceptQuery>()
            .WithSummary("One occupation by URI, with its sector tables and its essential and optional skills.");
        reference.MapGet("/occupation/skills", Results<Ok<IReadOnlyList<OccupationSkill>>, ProblemHttpResult> (IVocabulary vocabulary, [AsParameters] OccupationSkillsQuery query) =>
                vocabulary.FindOccupation(query.Uri) is { } occupation
                    ? TypedResults.Ok(OccupationSkill.Of(occupation, vocabulary, query.Language))
                    : Unknown("occupation", query.Uri!))
            .Validate<OccupationSkillsQuery>()
            .WithSummary("The skills an occupation brings, essential first, labelled for a form to offer them to tick (labelLanguage says when a label is English).");
        reference.MapGet("/courses", (IVocabulary vocabulary, string[]? skill) =>
                TypedResults.Ok(skill is { Length: > 0 } ? vocabulary.CoursesTeaching(skill) : vocabulary.Courses))
            .WithSummary("The training catalogue; with ?skill=… only courses teaching those skills, most of them first.");
    }

    private static ProblemHttpResult Unknown(string kind, string uri) =>
        Refusal.NotFound($"Unknown {kind}.", $"The vocabulary has no {kind} with URI '{uri}'.").ToProblem();
}

internal sealed record SkillDetails(Skill Skill, IReadOnlyList<string> Broader, IReadOnlyList<Course> Courses);

internal sealed record SuggestionQuery(string? Q, string? Lang, int? Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const int MaxLength = 100;

    public Language Language => Languages.Of(Lang);
}

internal sealed record ConceptQuery(string? Uri);

internal sealed record OccupationSkillsQuery(string? Uri, string? Lang)
{
    public Language Language => Languages.Of(Lang);
}

/// <summary>One skill an occupation brings, as a form offers it.</summary>
internal sealed record OccupationSkill(string Uri, string Label, string LabelLanguage, bool Essential)
{
    public static IReadOnlyList<OccupationSkill> Of(Occupation occupation, IVocabulary vocabulary, Language language) =>
        [.. occupation.Skills
            .Select(requirement => (requirement, skill: vocabulary.FindSkill(requirement.SkillUri)))
            .Where(pair => pair.skill is not null)
            .Select(pair =>
            {
                (string label, Language shown) = pair.skill!.Label.Shown(language);
                return new OccupationSkill(pair.skill.Uri, label, shown.Code(), pair.requirement.Essential);
            })
            .OrderByDescending(skill => skill.Essential)
            .ThenBy(skill => skill.Label, StringComparer.CurrentCultureIgnoreCase)];
}

internal sealed class SuggestionQueryValidator : AbstractValidator<SuggestionQuery>
{
    public SuggestionQueryValidator()
    {
        RuleFor(q => q.Q).NotEmpty().MaximumLength(SuggestionQuery.MaxLength);
        RuleFor(q => q.Lang).Must(lang => lang is null or "nl" or "en").WithMessage("Use 'nl' or 'en'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, SuggestionQuery.MaxLimit);
    }
}

internal sealed class ConceptQueryValidator : AbstractValidator<ConceptQuery>
{
    public ConceptQueryValidator() => RuleFor(q => q.Uri).NotEmpty().MaximumLength(500);
}

internal sealed class OccupationSkillsQueryValidator : AbstractValidator<OccupationSkillsQuery>
{
    public OccupationSkillsQueryValidator()
    {
        RuleFor(q => q.Uri).NotEmpty().MaximumLength(500);
        RuleFor(q => q.Lang).Must(lang => lang is null or "nl" or "en").WithMessage("Use 'nl' or 'en'.");
    }
}
