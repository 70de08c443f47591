namespace Labor.Jobseekers.Domain;

/// <summary>
/// A confirmed person in the pool. The id is their account id; the e-mail address stays with the account (ADR 8).
/// </summary>
internal sealed class Jobseeker
{
    /// <summary>Activity is recorded at most this often: a page view must not write a row every time.</summary>
    private static readonly TimeSpan ActivityResolution = TimeSpan.FromHours(12);

    private Jobseeker()
    {
    }

    public Guid Id { get; private set; }

    public ProfileContent Profile { get; private set; } = ProfileContent.Empty;

    /// <summary>Consent to be shown to employers: separate from the profile, revocable, and dated.</summary>
    public bool Consented { get; private set; }

    public DateTimeOffset? ConsentChangedAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ProfileChangedAt { get; private set; }

    public DateTimeOffset LastActiveAt { get; private set; }

    /// <summary>When we mailed that the profile will be erased for inactivity; cleared by any activity.</summary>
    public DateTimeOffset? InactivityWarnedAt { get; private set; }

    public List<ConsentChange> ConsentChanges { get; private set; } = [];

    /// <summary>The last placement the profile followed: a placement told again (a second report merged) is followed once.</summary>
    public Guid? LastPlacementId { get; private set; }

    public static Jobseeker Register(Guid accountId, DateTimeOffset now) =>
        new() { Id = accountId, RegisteredAt = now, LastActiveAt = now };

    public void Edit(ProfileContent profile, DateTimeOffset now)
    {
        Profile = profile;
        ProfileChangedAt = now;
        Touch(now);
    }

    /// <summary>
    /// The platform amended the profile (the geocoder placed a postcode after the person saved; a skill the vocabulary
    /// replaced was renamed): not the person's activity, so no activity mark.
    /// </summary>
    public void Amend(ProfileContent amended) => Profile = amended;

    /// <returns>false when the consent already was <paramref name="consented"/>: nothing changed.</returns>
    public bool SetConsent(bool consented, DateTimeOffset now)
    {
        Touch(now);
        if (consented == Consented && ConsentChangedAt is not null)
        {
            return false;
        }

        Consented = consented;
        ConsentChangedAt = now;
        ConsentChanges.Add(new ConsentChange(Id, consented, now));
        return true;
    }

    /// <returns>true when the activity was recorded (the entity changed).</returns>
    public bool Touch(DateTimeOffset now)
    {
        if (now - LastActiveAt < ActivityResolution && InactivityWarnedAt is null)
        {
            return false;
        }

        LastActiveAt = now;
        InactivityWarnedAt = null;
        return true;
    }

    public void WarnedOfInactivity(DateTimeOffset now) => InactivityWarnedAt = now;

    /// <summary>
    /// The person started new work: they are employed now, and their digests pause or go on as "van werk naar werk",
    /// as they chose beforehand.
    /// </summary>
    /// <returns>false when this placement was followed before.</returns>
    public bool StartedNewWork(Guid placementId, DateTimeOffset now)
    {
        if (LastPlacementId == placementId)
        {
            return false;
        }

        LastPlacementId = placementId;
        Profile = Profile with
        {
            Situation = ProfileCodes.Employed,
            DigestFrequency = Profile.AfterNewWork == ProfileCodes.PauseAfterNewWork ? ProfileCodes.NoDigest : Profile.DigestFrequency,
        };
        ProfileChangedAt = now;
        return true;
    }
}

/// <summary>One giving or withdrawal of consent: the history that shows what the person agreed to, and when.</summary>
internal sealed class ConsentChange(Guid jobseekerId, bool consented, DateTimeOffset at)
{
    public long Id { get; private set; }

    public Guid JobseekerId { get; private set; } = jobseekerId;

    public bool Consented { get; private set; } = consented;

    public DateTimeOffset At { get; private set; } = at;
}

/// <summary>
/// That an account's jobseeker data was erased, and why: it keeps the id from being registered again by a token
/// that is still valid, and shows we did erase. It holds no personal data.
/// </summary>
internal sealed class Erasure(Guid jobseekerId, string reason, DateTimeOffset erasedAt)
{
    public const string OnRequest = "request";
    public const string Inactive = "inactive";

    public Guid JobseekerId { get; private set; } = jobseekerId;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset ErasedAt { get; private set; } = erasedAt;
}
