using Labor.BuildingBlocks.Messaging;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Lifecycle;

/// <summary>What each transition tells other modules, written to the outbox in the same transaction as the change.</summary>
internal static class VacancyOutbox
{
    public static void Published(VacanciesDbContext db, Vacancy vacancy) =>
        db.AddIntegrationEvent(new VacancyPublished(Details(vacancy), vacancy.PublishedAt!.Value), vacancy.PublishedAt.Value);

    public static void Changed(VacanciesDbContext db, Vacancy vacancy) =>
        db.AddIntegrationEvent(new VacancyChanged(Details(vacancy), vacancy.UpdatedAt), vacancy.UpdatedAt);

    public static void Closed(VacanciesDbContext db, Vacancy vacancy, IReadOnlyList<VacancyHire>? hires = null) =>
        db.AddIntegrationEvent(
            new VacancyClosed(
                vacancy.Id, vacancy.Content.SectorTables, Codes.ClosedReasons[vacancy.ClosedReason!.Value], vacancy.ClosedAt!.Value, hires ?? [],
                vacancy.FilledFromOutside),
            vacancy.ClosedAt.Value);

    public static VacancyDetails Details(Vacancy vacancy)
    {
        VacancyContent content = vacancy.Content;
        return new VacancyDetails(
            vacancy.Id,
            vacancy.OrganisationId,
            content.Title,
            content.OccupationUri,
            [.. content.EssentialSkills.Select(uri => new VacancySkill(uri, true)), .. content.OptionalSkills.Select(uri => new VacancySkill(uri, false))],
            content.SectorTables,
            content.MinimumEducation,
            content.ExperienceReplacesEducation,
            content.HoursMin,
            content.HoursMax,
            Codes.ContractTypes[content.ContractType],
            Codes.WorkplaceModes[content.Workplace.Mode],
            content.Workplace.Municipality,
            content.Workplace.Latitude,
            content.Workplace.Longitude,
            content.ValidThrough,
            content.Openings);
    }
}
