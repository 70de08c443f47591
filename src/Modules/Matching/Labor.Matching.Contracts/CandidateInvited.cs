namespace Labor.Matching.Contracts;

/// <summary>An employer invited a candidate of their vacancy: a step in the person's trajectory (ADR 20).</summary>
public sealed record CandidateInvited(Guid VacancyId, Guid JobseekerId, Guid OrganisationId, DateTimeOffset InvitedAt);
