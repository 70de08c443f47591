using Labor.BuildingBlocks.Persistence;

namespace Labor.Vacancies.Domain;

internal sealed class Vacancy
{
    public const int TitleMaxLength = 200;

    private Vacancy()
    {
    }

    public Guid Id { get; private init; }

    /// <summary>The employer organisation that owns it; only its employers may manage it.</summary>
    public Guid OrganisationId { get; private init; }

    public string Title { get; private set; } = "";

    public string Sector { get; private set; } = "";

    public string Municipality { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public static Vacancy Publish(Guid organisationId, string title, string sector, string municipality, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganisationId = organisationId,
        Title = title.Trim(),
        Sector = sector,
        Municipality = municipality,
        PublishedAt = now.ToStoredPrecision(),
    };

    /// <returns>false when it was closed already (closing twice changes nothing).</returns>
    public bool Close(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }

        ClosedAt = now.ToStoredPrecision();
        return true;
    }
}
