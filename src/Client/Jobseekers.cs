namespace Labor.Client;

/// <summary>A jobseeker's profile as they send it (it replaces the stored one). See the API reference for each field's rules.</summary>
public sealed record ProfileDraft
{
    public string? Name { get; init; }
    public string? Postcode { get; init; }
    public string? Municipality { get; init; }
    public int? MaxTravelKm { get; init; }
    public int? HoursMin { get; init; }
    public int? HoursMax { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public string? EducationLevel { get; init; }
    public IReadOnlyList<string>? Diplomas { get; init; }
    public IReadOnlyList<ExperienceEntry>? Experience { get; init; }
    public IReadOnlyList<string>? Skills { get; init; }
    public IReadOnlyList<string>? SectorTables { get; init; }
    public bool? OpenToOtherSectors { get; init; }
    public string? Situation { get; init; }
    public string? Language { get; init; }
    public string? DigestFrequency { get; init; }
    /// <summary>pause or job-to-job: what the digests do once the person starts new work.</summary>
    public string? AfterNewWork { get; init; }
    public string? AgeBand { get; init; }
    public string? Gender { get; init; }
}

public sealed record ExperienceEntry(string? Occupation, int? Years);

/// <summary>The signed-in jobseeker's profile with names to show.</summary>
public sealed record JobseekerProfile
{
    public Guid Id { get; init; }
    public string? Email { get; init; }
    public string Language { get; init; } = "nl";
    public string? Name { get; init; }
    public string? Postcode { get; init; }
    public string? Municipality { get; init; }
    public bool AwaitsGeocoder { get; init; }
    public int? MaxTravelKm { get; init; }
    public int? HoursMin { get; init; }
    public int? HoursMax { get; init; }
    public DateOnly? AvailableFrom { get; init; }
    public string? EducationLevel { get; init; }
    public IReadOnlyList<string> Diplomas { get; init; } = [];
    public IReadOnlyList<NamedExperience> Experience { get; init; } = [];
    public IReadOnlyList<NamedConcept> Skills { get; init; } = [];
    public IReadOnlyList<string> SectorTables { get; init; } = [];
    public bool OpenToOtherSectors { get; init; }
    public string? Situation { get; init; }
    public string DigestFrequency { get; init; } = "daily";
    public string AfterNewWork { get; init; } = "pause";
    public string? AgeBand { get; init; }
    public string? Gender { get; init; }
    public bool Consented { get; init; }
    public DateTimeOffset? ConsentChangedAt { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? ProfileChangedAt { get; init; }
    public bool ReadyForMatching { get; init; }
}

public sealed record NamedExperience(string Occupation, string Label, int Years);

public sealed record NamedConcept(string Uri, string Label);

public sealed record Consent(bool? Consented);
