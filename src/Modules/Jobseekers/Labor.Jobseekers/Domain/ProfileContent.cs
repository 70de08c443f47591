namespace Labor.Jobseekers.Domain;

/// <summary>Everything a jobseeker tells us about themself, checked and in canonical form. Empty until they fill it in.</summary>
internal sealed record ProfileContent
{
    public static readonly ProfileContent Empty = new();

    public string? Name { get; init; }

    /// <summary>"8011 PK": the home postcode, which places the person without a street address.</summary>
    public string? Postcode { get; init; }

    public string? Municipality { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>
    /// The geocoder could not be reached when the profile was saved: the point is the municipality's centre, or
    /// missing, until the job <c>jobseekers-place-postcodes</c> places the postcode.
    /// </summary>
    public bool AwaitsGeocoder { get; init; }

    public int? MaxTravelKm { get; init; }

    public int? HoursMin { get; init; }

    public int? HoursMax { get; init; }

    public DateOnly? AvailableFrom { get; init; }

    public string? EducationLevel { get; init; }

    public string[] Diplomas { get; init; } = [];

    public List<Experience> Experience { get; init; } = [];

    public string[] Skills { get; init; } = [];

    public string[] SectorTables { get; init; } = [];

    public bool OpenToOtherSectors { get; init; }

    public string? Situation { get; init; }

    public string DigestFrequency { get; init; } = ProfileCodes.DefaultDigestFrequency;

    /// <summary>What the digests do once the person starts new work: pause, or go on as "van werk naar werk".</summary>
    public string AfterNewWork { get; init; } = ProfileCodes.PauseAfterNewWork;

    /// <summary>Given voluntarily; for fairness reports only, never for matching.</summary>
    public string? AgeBand { get; init; }

    /// <summary>Given voluntarily; for fairness reports only, never for matching.</summary>
    public string? Gender { get; init; }
}

/// <param name="OccupationUri">From the shared vocabulary.</param>
internal sealed record Experience(string OccupationUri, int Years);
