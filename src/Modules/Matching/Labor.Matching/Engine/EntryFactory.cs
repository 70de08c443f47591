using Labor.Jobseekers.Contracts;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Engine;

/// <summary>Turns the read model's event payloads into engine entries, interning concepts on the way.</summary>
internal static class EntryFactory
{
    /// <summary>Skill positions beyond this are not explained bit by bit (a vacancy takes at most 40 skills).</summary>
    private const int MaxSkillSlots = 64;

    public static VacancyEntry Vacancy(VacancyDetails details, Concepts concepts)
    {
        VacancySkill[] skills = [.. details.Skills.Take(MaxSkillSlots)];
        int[] skillIds = [.. skills.Select(s => concepts.Skill(s.SkillUri))];
        long essential = 0, specific = 0;
        for (int i = 0; i < skills.Length; i++)
        {
            essential |= skills[i].Essential ? 1L << i : 0;
            specific |= concepts.IsSpecific(skillIds[i]) ? 1L << i : 0;
        }

        int occupation = concepts.Occupation(details.OccupationUri);
        bool remote = details.WorkplaceMode == "remote" || details.Latitude is null || details.Longitude is null;
        (double x, double y) = remote ? (0, 0) : Km(new GeoPoint(details.Latitude!.Value, details.Longitude!.Value));
        return new VacancyEntry
        {
            Id = details.VacancyId,
            OrganisationId = details.OrganisationId,
            Remote = remote,
            X = x,
            Y = y,
            HoursMin = (short)details.HoursMin,
            HoursMax = (short)details.HoursMax,
            MinimumEducation = concepts.EducationRank(details.MinimumEducation),
            ExperienceReplacesEducation = details.ExperienceReplacesEducation,
            Skills = skillIds,
            Essential = essential,
            SpecificSkills = specific,
            Occupation = occupation,
            IscoUnit = concepts.IscoUnitOf(occupation),
            IscoMinor = concepts.IscoMinorOf(occupation),
            Sectors = concepts.SectorsOfWork(details.SectorTables),
            ValidThroughDay = details.ValidThrough.DayNumber,
        };
    }

    /// <returns>null when the profile says too little to match on (no hours, or neither skills nor experience).</returns>
    public static JobseekerEntry? Jobseeker(Guid id, JobseekerProfile profile, bool consented, Concepts concepts)
    {
        if (profile.HoursMin is not { } hoursMin || profile.HoursMax is not { } hoursMax || (profile.Skills.Count == 0 && profile.Experience.Count == 0))
        {
            return null;
        }

        Experience[] experience = [.. profile.Experience.Select(e =>
        {
            int occupation = concepts.Occupation(e.OccupationUri);
            return new Experience(occupation, concepts.IscoUnitOf(occupation), concepts.IscoMinorOf(occupation), (short)e.Years);
        })];
        bool placed = profile.Latitude is not null && profile.Longitude is not null;
        (double x, double y) = placed ? Km(new GeoPoint(profile.Latitude!.Value, profile.Longitude!.Value)) : (0, 0);
        return new JobseekerEntry
        {
            Id = id,
            Placed = placed,
            X = x,
            Y = y,
            MaxTravelKm = (short)(profile.MaxTravelKm ?? 0),
            HoursMin = (short)hoursMin,
            HoursMax = (short)hoursMax,
            AvailableFromDay = profile.AvailableFrom?.DayNumber ?? 0,
            Education = concepts.EducationRank(profile.EducationLevel),
            Skills = [.. profile.Skills.Select(concepts.Skill).Distinct()],
            Experience = experience,
            Wishes = concepts.SectorMask(profile.SectorTables),
            OpenToOtherSectors = profile.OpenToOtherSectors,
            HomeSectors = experience.Aggregate(0, (mask, e) => mask | concepts.SectorsOf(e.Occupation)),
            Consented = consented,
        };
    }

    private static (double X, double Y) Km(GeoPoint point) => (point.EastKm, point.NorthKm);
}
