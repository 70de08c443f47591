using Labor.BuildingBlocks.Persistence;

namespace Labor.Vacancies.Domain;

internal sealed class Vacancy
{
    public const int TitleMaxLength = 200;

    private Vacancy()
    {
    }

    public Guid Id { get; private init; }

    public string Title { get; private set; } = "";

    public string Sector { get; private set; } = "";

    public string Municipality { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public static Vacancy Publish(string title, string sector, string municipality, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = title.Trim(),
        Sector = sector,
        Municipality = municipality,
        PublishedAt = now.ToStoredPrecision(),
    };
}
