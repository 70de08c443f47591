using System.Security.Claims;

namespace Labor.BuildingBlocks.Security;

/// <summary>The claims our rules read, and the one place that parses them.</summary>
public static class LaborClaims
{
    /// <summary>The employer organisation an Employer belongs to (one).</summary>
    public const string Organisation = "labor:organisation";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out Guid id) ? id : null;

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organisation), out Guid id) ? id : null;
}
