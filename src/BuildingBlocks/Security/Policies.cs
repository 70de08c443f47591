using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Security;

/// <summary>
/// The access rules every module shares, by name. Endpoints and pages name a policy; resource rules are checked with
/// <c>IAuthorizationService.AuthorizeAsync(user, resource, Policies.X)</c> once the resource is loaded. A rule about
/// one module's own resources lives in that module (<c>IModule.AddAccessRules</c>).
/// </summary>
public static class Policies
{
    public const string Jobseeker = "Jobseeker";
    public const string Employer = "Employer";
    public const string SectorLead = "SectorLead";
    public const string ProgrammeStaff = "ProgrammeStaff";
    public const string Admin = "Admin";

    /// <summary>Resource: the organisation id (Guid) that owns the thing. Only that organisation's employers pass.</summary>
    public const string OwnOrganisation = "OwnOrganisation";

    /// <summary>Resource: the user id (Guid) whose profile it is. Only that jobseeker passes.</summary>
    public const string OwnProfile = "OwnProfile";

    /// <summary>Who reads the sector tables' plans and figures: their leads (every table's), programme staff and admins (ADR 11).</summary>
    public const string SectorTableReader = "SectorTableReader";

    /// <returns>The builder, for the modules to add their own rules to.</returns>
    public static AuthorizationBuilder AddLaborAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Jobseeker, policy => policy.RequireRole(Roles.Jobseeker))
            .AddPolicy(Employer, policy => policy.RequireRole(Roles.Employer).RequireClaim(LaborClaims.Organisation))
            .AddPolicy(SectorLead, policy => policy.RequireRole(Roles.SectorLead))
            // Programme staff read region-wide; an admin may read whatever staff may.
            .AddPolicy(ProgrammeStaff, policy => policy.RequireRole(Roles.ProgrammeStaff, Roles.Admin))
            .AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(SectorTableReader, policy => policy.RequireRole(Roles.SectorLead, Roles.ProgrammeStaff, Roles.Admin))
            .AddPolicy(OwnOrganisation, policy => policy.RequireAssertion(context =>
                context.Resource is Guid organisation && context.User.IsInRole(Roles.Employer) && context.User.OrganisationId() == organisation))
            .AddPolicy(OwnProfile, policy => policy.RequireAssertion(context =>
                context.Resource is Guid owner && context.User.IsInRole(Roles.Jobseeker) && context.User.UserId() == owner));
}
