using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

internal static class DigestReaders
{
    /// <summary>
    /// A vacancy and <paramref name="count"/> weekly digest readers whose mail goes to <paramref name="mailDomain"/>,
    /// each with a fit to it; returns once matching has them all.
    /// </summary>
    public static async Task<List<TestUser>> CreateAsync(LaborHost host, int count, string mailDomain)
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker dagdienst") with { HoursMin = 24, HoursMax = 32 });
        List<TestUser> readers = [];
        for (int i = 0; i < count; i++)
        {
            TestUser reader = await host.UserAsync(Roles.Jobseeker, mailDomain: mailDomain);
            await reader.Api.SaveMyProfileAsync(SampleProfiles.Warehouse($"Wekelijkse Lezer {i}"));
            readers.Add(reader);
        }

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(DISTINCT jobseeker_id) FROM matching.jobseeker_matches") == count,
            TimeSpan.FromSeconds(60), "every reader matched");
        return readers;
    }
}
