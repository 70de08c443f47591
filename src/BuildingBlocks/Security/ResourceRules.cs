using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Labor.BuildingBlocks.Security;

/// <summary>The resource checks behind <see cref="Policies"/>, in one place.</summary>
internal sealed class ResourceRules : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        ClaimsPrincipal user = context.User;
        foreach (IAuthorizationRequirement requirement in context.PendingRequirements.ToList())
        {
            bool allowed = (requirement, context.Resource) switch
            {
                (OwnOrganisationRequirement, Guid organisation) =>
                    user.IsInRole(Roles.Employer) && user.OrganisationId() == organisation,
                (OwnProfileRequirement, Guid profileOwner) =>
                    user.IsInRole(Roles.Jobseeker) && user.UserId() == profileOwner,
                (OwnSectorTableRequirement, SectorTablePeople people) =>
                    user.IsInRole(Roles.SectorLead) && user.UserId() is Guid lead && people.AccountIds.Contains(lead),
                (VisibleCandidateRequirement, CandidateVisibility candidate) =>
                    user.IsInRole(Roles.Employer) && candidate.Consented &&
                    user.OrganisationId() is Guid organisation && candidate.MatchedOrganisations.Contains(organisation),
                _ => false,
            };
            if (allowed)
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
