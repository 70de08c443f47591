using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// While PDOK cannot be reached a person can still save their profile: the municipality's centre stands in for the
/// postcode (or nothing, outside the region) and the hourly job places the postcode once PDOK answers again.
/// </summary>
public sealed class JobseekerGeocoderOutageTests(JobseekerGeocoderOutageTests.HostWithoutPdok host) : IClassFixture<JobseekerGeocoderOutageTests.HostWithoutPdok>
{
    [Fact]
    public async Task A_profile_saved_during_an_outage_is_measured_from_the_municipality_centre_for_now()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);

        var saved = await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse() with { Municipality = "kampen" });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Content!.Postcode.ShouldBe("8261 AA");
        saved.Content.Municipality.ShouldBe("Kampen");
        saved.Content.AwaitsGeocoder.ShouldBeTrue();
        saved.Content.ReadyForMatching.ShouldBeTrue("the centre of Kampen is close enough to match on");
    }

    [Fact]
    public async Task Outside_the_region_and_during_an_outage_the_profile_is_kept_but_not_matched_yet()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);

        var saved = await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse() with { Postcode = "7411 AA" });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Content!.Municipality.ShouldBeNull();
        saved.Content.AwaitsGeocoder.ShouldBeTrue();
        saved.Content.ReadyForMatching.ShouldBeFalse("no distance can be measured: missing data never counts as agreement");
    }

    /// <summary>The platform with PDOK on a closed port: every lookup fails at once, as in an outage.</summary>
    public sealed class HostWithoutPdok : LaborHost
    {
        public HostWithoutPdok() => Settings["Reference:Pdok:BaseUrl"] = "http://127.0.0.1:9/";
    }
}
