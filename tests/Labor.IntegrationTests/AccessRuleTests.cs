using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.Matching.Results;
using Labor.Sectortables.Tables;
using Labor.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>The resource rules, shared and the modules' own, through the host's own authorization service.</summary>
public sealed class AccessRuleTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly Guid OurOrganisation = Guid.NewGuid();
    private static readonly Guid OtherOrganisation = Guid.NewGuid();
    private static readonly Guid Me = Guid.NewGuid();

    [Fact]
    public async Task An_employer_manages_only_its_own_organisation()
    {
        (await AllowedAsync(Employer(OurOrganisation), OurOrganisation, Policies.OwnOrganisation)).ShouldBeTrue();
        (await AllowedAsync(Employer(OtherOrganisation), OurOrganisation, Policies.OwnOrganisation)).ShouldBeFalse();
        (await AllowedAsync(Person(Roles.Admin, (LaborClaims.Organisation, OurOrganisation.ToString())), OurOrganisation, Policies.OwnOrganisation)).ShouldBeFalse("only employers act for an organisation");
    }

    [Fact]
    public async Task A_jobseeker_touches_only_their_own_profile()
    {
        (await AllowedAsync(Person(Roles.Jobseeker), Me, Policies.OwnProfile)).ShouldBeTrue();
        (await AllowedAsync(Person(Roles.Jobseeker), Guid.NewGuid(), Policies.OwnProfile)).ShouldBeFalse();
        (await AllowedAsync(Employer(OurOrganisation), Me, Policies.OwnProfile)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_sector_lead_edits_only_the_tables_they_are_seated_at()
    {
        var seated = new TableAccessRule.Seats(new HashSet<Guid> { Guid.NewGuid(), Me });
        var others = new TableAccessRule.Seats(new HashSet<Guid> { Guid.NewGuid() });
        (await AllowedAsync(Person(Roles.SectorLead), seated, TableAccessRule.OwnSectorTable)).ShouldBeTrue();
        (await AllowedAsync(Person(Roles.SectorLead), others, TableAccessRule.OwnSectorTable)).ShouldBeFalse();
        (await AllowedAsync(Person(Roles.ProgrammeStaff), seated, TableAccessRule.OwnSectorTable)).ShouldBeFalse("seated, but no longer a sector lead");
    }

    [Fact]
    public async Task An_employer_sees_a_candidate_only_with_consent_and_a_match_to_its_own_vacancy()
    {
        ClaimsPrincipal employer = Employer(OurOrganisation);
        var matched = new HashSet<Guid> { OurOrganisation };

        (await AllowedAsync(employer, new CandidateVisibility(Consented: true, matched), CandidateAccessRule.VisibleCandidate)).ShouldBeTrue();
        (await AllowedAsync(employer, new CandidateVisibility(Consented: false, matched), CandidateAccessRule.VisibleCandidate)).ShouldBeFalse("no consent");
        (await AllowedAsync(employer, new CandidateVisibility(Consented: true, new HashSet<Guid> { OtherOrganisation }), CandidateAccessRule.VisibleCandidate)).ShouldBeFalse("matched to someone else's vacancy");
        (await AllowedAsync(Person(Roles.Admin), new CandidateVisibility(Consented: true, matched), CandidateAccessRule.VisibleCandidate)).ShouldBeFalse("not an employer");
    }

    [Fact]
    public async Task A_rule_given_the_wrong_kind_of_resource_denies()
    {
        (await AllowedAsync(Employer(OurOrganisation), OurOrganisation.ToString(), Policies.OwnOrganisation)).ShouldBeFalse();
        (await AllowedAsync(Person(Roles.Jobseeker), null, Policies.OwnProfile)).ShouldBeFalse();
    }

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, object? resource, string policy) =>
        (await host.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, resource, policy)).Succeeded;

    private static ClaimsPrincipal Employer(Guid organisation) => Person(Roles.Employer, (LaborClaims.Organisation, organisation.ToString()));

    private static ClaimsPrincipal Person(string role, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Me.ToString()), new Claim(ClaimTypes.Role, role), .. claims.Select(c => new Claim(c.Type, c.Value))],
            authenticationType: "test"));
}
