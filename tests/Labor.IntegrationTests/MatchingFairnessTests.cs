using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Protected traits never enter a score, and the fairness report shows whether groups fare alike.</summary>
public sealed class MatchingFairnessTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task Age_band_and_gender_change_no_score_and_the_report_counts_each_group()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker eerlijk") with { HoursMin = 16, HoursMax = 32 })).Content!;
        TestUser young = await host.UserAsync(Roles.Jobseeker);
        TestUser older = await host.UserAsync(Roles.Jobseeker);
        TestUser silent = await host.UserAsync(Roles.Jobseeker);
        await young.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Jong Mens") with { AgeBand = "18-25", Gender = "woman" });
        await older.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Ouder Mens") with { AgeBand = "55+", Gender = "man" });
        await silent.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Zegt Niets"));
        foreach (TestUser person in new[] { young, older, silent })
        {
            await Eventually.TrueAsync(async () => (await person.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), TimeSpan.FromSeconds(30), "matched");
        }

        Match[] lists = [.. await Task.WhenAll(new[] { young, older, silent }.Select(async p => (await p.Api.MyMatchesAsync()).Content!.Single(m => m.VacancyId == vacancy.Id)))];
        lists.Select(m => m.Score).Distinct().ShouldHaveSingleItem("identical profiles but for age band and gender score the same");
        lists.Select(m => m.Parts).Distinct().ShouldHaveSingleItem();

        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        using HttpResponseMessage response = await staff.Http.GetAsync(new Uri("/api/matching/fairness", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonElement[] rows = [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
        JsonElement Row(string dimension, string group) => rows.Single(r => r.GetProperty("dimension").GetString() == dimension && r.GetProperty("group").GetString() == group);
        Row("ageBand", "18-25").GetProperty("matched").GetInt32().ShouldBe(1);
        Row("ageBand", "55+").GetProperty("matchRate").GetDouble().ShouldBe(100);
        Row("gender", "not-given").GetProperty("jobseekers").GetInt32().ShouldBe(1);
        Row("municipality", "Kampen").GetProperty("jobseekers").GetInt32().ShouldBe(3);
        Row("ageBand", "18-25").GetProperty("meanBestScore").GetDouble().ShouldBe(Row("ageBand", "55+").GetProperty("meanBestScore").GetDouble());
        (await employer.Http.GetAsync(new Uri("/api/matching/fairness", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
