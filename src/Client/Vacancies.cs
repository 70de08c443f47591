namespace Labor.Client;

public sealed record PublishVacancy(string? Title, string? Sector, string? Municipality);

public sealed record Vacancy(Guid Id, Guid OrganisationId, string Title, string Sector, string Municipality, DateTimeOffset PublishedAt, DateTimeOffset? ClosedAt);
