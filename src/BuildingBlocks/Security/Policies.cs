using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Security;

/// <summary>
/// Every access rule of the platform, by name. Endpoints and pages name a policy; resource rules are checked with
/// <c>IAuthorizationService.AuthorizeAsync(user, resource, Policies.X)</c> once the resource is loaded.
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

    /// <summary>Resource: the table's <see cref="SectorTablePeople"/>. Only a SectorLead seated at the table passes.</summary>
    public const string OwnSectorTable = "OwnSectorTable";

    /// <summary>Resource: a <see cref="CandidateVisibility"/>. Employers see a profile only with consent and a match.</summary>
    public const string VisibleCandidate = "VisibleCandidate";

    public static IServiceCollection AddLaborAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, ResourceRules>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Jobseeker, policy => policy.RequireRole(Roles.Jobseeker))
            .AddPolicy(Employer, policy => policy.RequireRole(Roles.Employer).RequireClaim(LaborClaims.Organisation))
            .AddPolicy(SectorLead, policy => policy.RequireRole(Roles.SectorLead))
            // Programme staff read region-wide; an admin may read whatever staff may.
            .AddPolicy(ProgrammeStaff, policy => policy.RequireRole(Roles.ProgrammeStaff, Roles.Admin))
            .AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(SectorTableReader, policy => policy.RequireRole(Roles.SectorLead, Roles.ProgrammeStaff, Roles.Admin))
            .AddPolicy(OwnOrganisation, policy => policy.AddRequirements(new OwnOrganisationRequirement()))
            .AddPolicy(OwnProfile, policy => policy.AddRequirements(new OwnProfileRequirement()))
            .AddPolicy(OwnSectorTable, policy => policy.AddRequirements(new OwnSectorTableRequirement()))
            .AddPolicy(VisibleCandidate, policy => policy.AddRequirements(new VisibleCandidateRequirement()));
        return services;
    }
}

/// <summary>What the candidate rule needs to know, assembled by the module that shows the profile.</summary>
/// <param name="Consented">The jobseeker currently consents to being shown to employers.</param>
/// <param name="MatchedOrganisations">Organisations with a vacancy this jobseeker is matched to.</param>
public sealed record CandidateVisibility(bool Consented, IReadOnlySet<Guid> MatchedOrganisations);

/// <summary>The accounts seated at a sector table (its kartrekkers and projectleider), for the own-table rule.</summary>
public sealed record SectorTablePeople(IReadOnlySet<Guid> AccountIds);

internal sealed class OwnOrganisationRequirement : IAuthorizationRequirement;

internal sealed class OwnProfileRequirement : IAuthorizationRequirement;

internal sealed class OwnSectorTableRequirement : IAuthorizationRequirement;

internal sealed class VisibleCandidateRequirement : IAuthorizationRequirement;
