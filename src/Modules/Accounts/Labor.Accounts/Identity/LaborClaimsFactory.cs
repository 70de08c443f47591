using System.Security.Claims;
using Labor.Accounts.Domain;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.Identity;

/// <summary>Puts what the access rules read (the organisation) into the cookie and the bearer token.</summary>
internal sealed class LaborClaimsFactory(UserManager<LaborUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LaborUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LaborUser user)
    {
        ClaimsIdentity identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is Guid organisation)
        {
            identity.AddClaim(new Claim(LaborClaims.Organisation, organisation.ToString()));
        }
        return identity;
    }
}
