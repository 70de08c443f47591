using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// Protected traits never enter a score, and the fairness report shows whether groups fare alike without showing a
/// group of fewer than 10 people on its own.
/// </summary>
public sealed class MatchingFairnessTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly Uri Report = new("/api/matching/fairness", UriKind.Relative);

    [Fact]
    public async Task Age_band_and_gender_change_no_score_and_the_report_shows_groups_of_ten_or_more_only()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker eerlijk") with { HoursMin = 16, HoursMax = 32 })).Content!;
        TestUser young = await JobseekerAsync("Jong Mens", "18-25", "woman");
        TestUser older = await JobseekerAsync("Ouder Mens", "55+", "man");
        TestUser silent = await JobseekerAsync("Zegt Niets", null, null);
        TestUser[] three = [young, older, silent];
        Match[] lists = await Task.WhenAll(three.Select(async person => await Eventually.ReturnsAsync(
            async () => (await person.Api.MyMatchesAsync()).Content!.SingleOrDefault(m => m.VacancyId == vacancy.Id)!,
            match => match is not null, TimeSpan.FromSeconds(30), "matched")));
        lists.Select(m => m.Score).Distinct().ShouldHaveSingleItem("identical profiles but for age band and gender score the same");
        lists.Select(m => m.Parts).Distinct().ShouldHaveSingleItem();

        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        JsonElement report = await ReportAsync(staff, "");
        report.GetProperty("minimumGroupSize").GetInt32().ShouldBe(10);
        report.GetProperty("note").GetString()!.ShouldContain("minder dan 10");
        (await ReportAsync(staff, "?culture=en")).GetProperty("note").GetString()!.ShouldContain("fewer than 10");
        JsonElement[] groups = Groups(report);
        groups.Select(Name).ShouldBe(["ageBand/smaller-groups", "gender/smaller-groups", "municipality/smaller-groups"],
            "three people: every group, and every dimension, is fewer than 10");
        groups.ShouldAllBe(g => g.GetProperty("suppressed").GetBoolean() && g.GetProperty("jobseekers").ValueKind == JsonValueKind.Null
            && g.GetProperty("matched").ValueKind == JsonValueKind.Null && g.GetProperty("meanScore").ValueKind == JsonValueKind.Null);
        using HttpClient browser = await host.CookieClientAsync(staff.Email, staff.Password);
        string page = await browser.GetStringAsync(new Uri("/programma/eerlijkheid", UriKind.Relative));
        page.ShouldContain("minder dan 10, niet getoond");
        page.ShouldContain("Groepen van minder dan 10 mensen tonen we niet apart");
        page.ShouldNotContain("18-25");
        (await browser.GetStringAsync(new Uri("/programma/eerlijkheid?culture=en", UriKind.Relative))).ShouldContain("fewer than 10, not shown");

        // Ten of 26-35 make a group shown with its figures; seven more who give no age band bring the small age
        // groups (1 + 1 + 8) to 10 together, so the ten are not needed to cover them.
        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => JobseekerAsync($"Tien Mens {i}", "26-35", "woman")));
        await Task.WhenAll(Enumerable.Range(1, 7).Select(i => JobseekerAsync($"Stil Mens {i}", null, null)));
        groups = Groups(await Eventually.ReturnsAsync(() => ReportAsync(staff, ""),
            r => Groups(r).Any(g => Name(g) == "municipality/Kampen" && g.GetProperty("matched").GetInt32() == 20), TimeSpan.FromSeconds(60), "all 20 matched"));
        JsonElement Group(string name) => groups.Single(g => Name(g) == name);
        groups.Where(g => g.GetProperty("dimension").GetString() == "ageBand").Select(Name).ShouldBe(["ageBand/26-35", "ageBand/smaller-groups"],
            "18-25 and 55+ (one each) and not given (8) are never shown on their own");
        Group("ageBand/26-35").GetProperty("suppressed").GetBoolean().ShouldBeFalse();
        Group("ageBand/26-35").GetProperty("jobseekers").GetInt32().ShouldBe(10);
        Group("ageBand/26-35").GetProperty("matchRate").GetDouble().ShouldBe(100);
        Group("ageBand/smaller-groups").GetProperty("jobseekers").GetInt32().ShouldBe(10);
        Group("ageBand/smaller-groups").GetProperty("meanBestScore").GetDouble().ShouldBe(Group("ageBand/26-35").GetProperty("meanBestScore").GetDouble());
        groups.Where(g => g.GetProperty("dimension").GetString() == "gender").Select(Name).ShouldBe(["gender/smaller-groups"],
            "man (1) and not given (8) are 9: the women (11) join them, or the total would give their figures away");
        Group("gender/smaller-groups").GetProperty("jobseekers").GetInt32().ShouldBe(20);
        Group("municipality/Kampen").GetProperty("jobseekers").GetInt32().ShouldBe(20);
        page = await browser.GetStringAsync(new Uri("/programma/eerlijkheid", UriKind.Relative));
        page.ShouldContain("<td>26-35</td>");
        page.ShouldContain("Kleinere groepen samen");
        page.ShouldNotContain("18-25");
        (await employer.Http.GetAsync(Report)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<TestUser> JobseekerAsync(string name, string? ageBand, string? gender)
    {
        TestUser person = await host.UserAsync(Roles.Jobseeker);
        (await person.Api.SaveMyProfileAsync(SampleProfiles.Warehouse(name) with { AgeBand = ageBand, Gender = gender })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return person;
    }

    private static async Task<JsonElement> ReportAsync(TestUser staff, string query)
    {
        using HttpResponseMessage response = await staff.Http.GetAsync(new Uri(Report + query, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement[] Groups(JsonElement report) => [.. report.GetProperty("groups").EnumerateArray()];

    private static string Name(JsonElement group) => $"{group.GetProperty("dimension").GetString()}/{group.GetProperty("group").GetString()}";
}
