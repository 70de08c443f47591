using Labor.Jobseekers.Contracts;
using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.Placements;

/// <summary>A placement as its person reads it.</summary>
/// <param name="ReportedBy">employer, person or both.</param>
internal sealed record PlacementView(
    Guid Id,
    DateOnly StartDate,
    int? HoursPerWeek,
    Guid? VacancyId,
    string? VacancyTitle,
    string? OccupationUri,
    string? Occupation,
    IReadOnlyList<string> SectorTables,
    bool CrossedSectors,
    bool ProposedByMatch,
    string ReportedBy);

/// <summary>
/// A hire as its employer reads it: the name only while the person consents to being shown, and nothing of what the
/// person reported themselves.
/// </summary>
internal sealed record HireView(
    Guid PlacementId,
    Guid VacancyId,
    string VacancyTitle,
    Guid JobseekerId,
    string? Name,
    DateOnly StartDate,
    int? HoursPerWeek);

internal sealed class PlacementReader(OutcomesDbContext db, IVocabulary vocabulary, ICandidateCards cards)
{
    public async Task<IReadOnlyList<PlacementView>> ForPersonAsync(Guid jobseekerId, Language language, CancellationToken cancellationToken)
    {
        List<Placement> placements = await db.Placements.AsNoTracking().Where(p => p.JobseekerId == jobseekerId)
            .OrderByDescending(p => p.StartDate).ToListAsync(cancellationToken);
        Guid[] vacancyIds = [.. placements.Where(p => p.VacancyId is not null).Select(p => p.VacancyId!.Value)];
        Dictionary<Guid, string> titles = await db.Vacancies.Where(v => vacancyIds.Contains(v.VacancyId)).ToDictionaryAsync(v => v.VacancyId, v => v.Title, cancellationToken);
        return [.. placements.Select(p => View(p, p.VacancyId is { } id ? titles.GetValueOrDefault(id) : null, language))];
    }

    public PlacementView View(Placement p, string? vacancyTitle, Language language) => new(
        p.Id, p.StartDate, p.HoursPerWeek, p.VacancyId, vacancyTitle, p.ToOccupationUri, vocabulary.FindOccupation(p.ToOccupationUri)?.Label.In(language),
        p.ToSectorTables, p.CrossedSectors, p.ProposedByMatch, p.ReportedBy);

    /// <summary>The hires the organisation reported itself: what a person reported alone stays theirs.</summary>
    public async Task<IReadOnlyList<HireView>> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var hires = await (from p in db.Placements.AsNoTracking()
                           where p.OrganisationId == organisationId && p.ReportedByEmployerAt != null
                           join v in db.Vacancies.AsNoTracking() on p.VacancyId equals v.VacancyId
                           orderby p.StartDate descending
                           select new { Placement = p, v.Title }).ToListAsync(cancellationToken);
        IReadOnlyDictionary<Guid, CandidateCard> shown = await cards.FindConsentingAsync([.. hires.Select(h => h.Placement.JobseekerId).Distinct()], cancellationToken);
        return [.. hires.Select(h => new HireView(
            h.Placement.Id, h.Placement.VacancyId!.Value, h.Title, h.Placement.JobseekerId, shown.GetValueOrDefault(h.Placement.JobseekerId)?.Name,
            h.Placement.StartDate, h.Placement.HoursPerWeek))];
    }
}
