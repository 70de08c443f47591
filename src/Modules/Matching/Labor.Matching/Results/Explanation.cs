using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Results;

/// <summary>Why a pair fits, in words a person can check: read back from the stored bits and the vacancy's skills.</summary>
/// <param name="MatchedSkills">The vacancy's skills the person has.</param>
/// <param name="RelatedSkills">The vacancy's skills the person has something close to (same broader concept): half credit.</param>
/// <param name="MissingEssentialSkills">Essential skills the person lacks: the gap.</param>
/// <param name="CarriedOverSkills">For a move into another sector: the skills that carry over.</param>
/// <param name="Training">Courses from the catalogue that teach the missing essential skills, those closing most of the gap first.</param>
internal sealed record Explanation(
    IReadOnlyList<NamedSkill> MatchedSkills,
    IReadOnlyList<NamedSkill> RelatedSkills,
    IReadOnlyList<NamedSkill> MissingEssentialSkills,
    double? DistanceKm,
    string OccupationRelation,
    bool Intersectoral,
    IReadOnlyList<NamedSkill> CarriedOverSkills,
    IReadOnlyList<TrainingHint> Training)
{
    private const int MaxTraining = 3;

    public static Explanation Of(StoredMatch match, VacancyDetails vacancy, IVocabulary vocabulary, Language language)
    {
        List<NamedSkill> matched = [], related = [], missing = [];
        for (int i = 0; i < vacancy.Skills.Count && i < 64; i++)
        {
            VacancySkill skill = vacancy.Skills[i];
            var named = new NamedSkill(skill.SkillUri, vocabulary.FindSkill(skill.SkillUri)?.Label.In(language) ?? skill.SkillUri);
            if ((match.ExactSkills & (1L << i)) != 0)
            {
                matched.Add(named);
            }
            else if ((match.RelatedSkills & (1L << i)) != 0)
            {
                related.Add(named);
            }

            if (skill.Essential && (match.ExactSkills & (1L << i)) == 0)
            {
                missing.Add(named);
            }
        }

        IReadOnlyList<TrainingHint> training = missing.Count == 0 ? [] :
            [.. vocabulary.CoursesTeaching([.. missing.Select(m => m.Uri)]).Take(MaxTraining).Select(course => new TrainingHint(
                course.Id, course.Title.In(language), course.Provider, course.DurationHours, course.Voucher,
                [.. missing.Where(m => course.SkillUris.Contains(m.Uri))]))];
        return new Explanation(
            matched, related, missing, match.DistanceKm is { } km ? Math.Round(km, 1) : null,
            match.Occupation switch
            {
                Results.OccupationRelation.SameOccupation => "same-occupation",
                Results.OccupationRelation.SameUnitGroup => "same-unit-group",
                Results.OccupationRelation.SameMinorGroup => "same-minor-group",
                _ => "none",
            },
            match.Intersectoral, match.Intersectoral ? matched : [], training);
    }
}

internal sealed record NamedSkill(string Uri, string Label);

/// <param name="Voucher">The course qualifies for the region's training voucher (up to EUR 5,000).</param>
internal sealed record TrainingHint(string Id, string Title, string Provider, int DurationHours, bool Voucher, IReadOnlyList<NamedSkill> Teaches);

/// <summary>The score's named parts: skills (of 50), occupation (20), sector (10), distance (10), hours (10).</summary>
internal sealed record ScoreParts(int Skills, int Occupation, int Sector, int Distance, int Hours)
{
    public static ScoreParts Of(StoredMatch m) => new(m.SkillsPart, m.OccupationPart, m.SectorPart, m.DistancePart, m.HoursPart);
}
