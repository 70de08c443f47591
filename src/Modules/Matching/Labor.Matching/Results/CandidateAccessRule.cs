using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;

namespace Labor.Matching.Results;

/// <summary>What the candidate rule needs to know, assembled where the candidates are read.</summary>
/// <param name="Consented">The jobseeker currently consents to being shown to employers.</param>
/// <param name="MatchedOrganisations">Organisations with a vacancy this jobseeker is matched to.</param>
internal sealed record CandidateVisibility(bool Consented, IReadOnlySet<Guid> MatchedOrganisations);

/// <summary>Employers see a profile only with the person's consent and a match to one of their vacancies (ADR 8).</summary>
internal static class CandidateAccessRule
{
    /// <summary>Resource: a <see cref="CandidateVisibility"/>.</summary>
    public const string VisibleCandidate = "VisibleCandidate";

    public static AuthorizationBuilder AddCandidateRule(this AuthorizationBuilder rules) =>
        rules.AddPolicy(VisibleCandidate, policy => policy.RequireAssertion(context =>
            context.Resource is CandidateVisibility candidate && candidate.Consented && context.User.IsInRole(Roles.Employer)
            && context.User.OrganisationId() is Guid organisation && candidate.MatchedOrganisations.Contains(organisation)));
}
