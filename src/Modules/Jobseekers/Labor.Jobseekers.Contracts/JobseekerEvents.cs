namespace Labor.Jobseekers.Contracts;

/// <summary>
/// A person confirmed their e-mail address and signed in as a jobseeker for the first time: the pool has one more.
/// The id is the person's account id. Events about jobseekers never carry a name or an e-mail address (ADR 8).
/// </summary>
public sealed record JobseekerRegistered(Guid JobseekerId, DateTimeOffset RegisteredAt);

/// <summary>The profile changed; <paramref name="Profile"/> is its whole new state as matching and the figures need it.</summary>
public sealed record JobseekerProfileChanged(Guid JobseekerId, JobseekerProfile Profile, DateTimeOffset ChangedAt);

/// <summary>The jobseeker gave or withdrew consent to be shown to employers.</summary>
public sealed record JobseekerConsentChanged(Guid JobseekerId, bool Consented, DateTimeOffset ChangedAt);

/// <summary>The person was erased (on request or after inactivity). Every module deletes what it holds about them.</summary>
public sealed record JobseekerErased(Guid JobseekerId, DateTimeOffset ErasedAt);

/// <summary>
/// What matching and the sector tables need of a profile, and no more: no name, no address, no postcode, no diplomas.
/// </summary>
/// <param name="Latitude">Of the home postcode; null until the person gives one.</param>
/// <param name="EducationLevel">A code from the shared vocabulary; null when not given.</param>
/// <param name="Situation">employed, self-employed, uwv-benefit, social-assistance or no-benefit; null when not given.</param>
/// <param name="DigestFrequency">daily, weekly or off.</param>
/// <param name="Fairness">Protected traits, given voluntarily, for fairness reports only: never part of a match score.</param>
public sealed record JobseekerProfile(
    string? Municipality,
    double? Latitude,
    double? Longitude,
    int? MaxTravelKm,
    int? HoursMin,
    int? HoursMax,
    DateOnly? AvailableFrom,
    string? EducationLevel,
    IReadOnlyList<WorkExperience> Experience,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> SectorTables,
    bool OpenToOtherSectors,
    string? Situation,
    string DigestFrequency,
    FairnessTraits Fairness);

/// <param name="OccupationUri">From the shared vocabulary.</param>
public sealed record WorkExperience(string OccupationUri, int Years);

/// <param name="AgeBand">18-25, 26-35, 36-45, 46-55, 55+ or null (not given).</param>
/// <param name="Gender">woman, man, other or null (not given).</param>
public sealed record FairnessTraits(string? AgeBand, string? Gender);
