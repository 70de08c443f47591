namespace Labor.Jobseekers.Profile;

/// <summary>
/// The whole profile as the jobseeker sends it (it replaces the stored one). Occupations and skills are vocabulary
/// URIs (see /api/reference/skills and /occupations); codes as listed on each property.
/// </summary>
/// <param name="Postcode">Dutch postcode of home, such as 8011 PK: it places the person for travel distances.</param>
/// <param name="Municipality">Optional, one of the region's municipalities: its centre stands in for the postcode while
/// the geocoder cannot be reached. The postcode decides the municipality when it can be placed.</param>
/// <param name="MaxTravelKm">How far the person will travel to work, 1 to 150 km.</param>
/// <param name="EducationLevel">A code from /api/reference/education-levels.</param>
/// <param name="Situation">employed, self-employed, uwv-benefit, social-assistance or no-benefit.</param>
/// <param name="Language">nl or en: pages and mails.</param>
/// <param name="DigestFrequency">daily, weekly or off.</param>
/// <param name="AfterNewWork">pause (the default) or job-to-job: what the digests do once the person starts new work.</param>
/// <param name="AgeBand">Optional: 18-25, 26-35, 36-45, 46-55 or 55+. Used only for fairness reports, never for matching.</param>
/// <param name="Gender">Optional: woman, man or other. Used only for fairness reports, never for matching.</param>
internal sealed record ProfileRequest(
    string? Name,
    string? Postcode,
    string? Municipality,
    int? MaxTravelKm,
    int? HoursMin,
    int? HoursMax,
    DateOnly? AvailableFrom,
    string? EducationLevel,
    IReadOnlyList<string>? Diplomas,
    IReadOnlyList<ExperienceRequest>? Experience,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<string>? SectorTables,
    bool? OpenToOtherSectors,
    string? Situation,
    string? Language,
    string? DigestFrequency,
    string? AgeBand,
    string? Gender,
    string? AfterNewWork = null);

/// <param name="Occupation">A vocabulary URI.</param>
/// <param name="Years">Whole years in that occupation, 0 to 60.</param>
internal sealed record ExperienceRequest(string? Occupation, int? Years);

internal sealed record ConsentRequest(bool? Consented);
