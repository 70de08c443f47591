using Labor.BuildingBlocks.Persistence;

namespace Labor.Vacancies.Domain;

/// <summary>
/// A vacancy and its lifecycle: draft → published → closed (filled or withdrawn) or expired; a closed or expired
/// vacancy can be published again. Content is always complete and valid (checked at the edge); the status says who sees it.
/// </summary>
internal sealed class Vacancy
{
    public const int TitleMaxLength = 200;

    private Vacancy()
    {
    }

    public Guid Id { get; private init; }

    /// <summary>The employer organisation that owns it; only its employers may manage it.</summary>
    public Guid OrganisationId { get; private init; }

    public VacancyContent Content { get; private set; } = null!;

    public VacancyStatus Status { get; private set; }

    public ClosedReason? ClosedReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>The last (re)publication; null while it was never published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Closed as filled by someone from outside the platform.</summary>
    public bool FilledFromOutside { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>How often its public page was opened, for the employer's dashboard.</summary>
    public int Views { get; private set; }

    public bool IsOpen => Status == VacancyStatus.Published;

    public static Vacancy Draft(Guid organisationId, VacancyContent content, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganisationId = organisationId,
        Content = content,
        Status = VacancyStatus.Draft,
        CreatedAt = now.ToStoredPrecision(),
        UpdatedAt = now.ToStoredPrecision(),
    };

    /// <returns>false when it is open already (publishing twice changes nothing).</returns>
    public bool Publish(DateTimeOffset now)
    {
        if (IsOpen)
        {
            return false;
        }

        Status = VacancyStatus.Published;
        ClosedReason = null;
        ClosedAt = null;
        FilledFromOutside = false;
        PublishedAt = now.ToStoredPrecision();
        UpdatedAt = PublishedAt.Value;
        return true;
    }

    public void Edit(VacancyContent content, DateTimeOffset now)
    {
        Content = content;
        UpdatedAt = now.ToStoredPrecision();
    }

    /// <returns>false when it was not open (closing twice changes nothing).</returns>
    public bool Close(ClosedReason reason, DateTimeOffset now, bool filledFromOutside = false)
    {
        if (!IsOpen)
        {
            return false;
        }

        FilledFromOutside = reason == Domain.ClosedReason.Filled && filledFromOutside;
        Status = reason == Domain.ClosedReason.Expired ? VacancyStatus.Expired : VacancyStatus.Closed;
        ClosedReason = reason;
        ClosedAt = now.ToStoredPrecision();
        UpdatedAt = ClosedAt.Value;
        return true;
    }
}

internal enum VacancyStatus
{
    Draft,
    Published,
    Closed,
    Expired,
}

internal enum ClosedReason
{
    Filled,
    Withdrawn,
    Expired,
}
