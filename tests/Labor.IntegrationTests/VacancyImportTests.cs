using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>An employer uploads a CSV of vacancies: every row valid and all stored, or none, with a report per row.</summary>
public sealed class VacancyImportTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Header = "title,description,occupation,essentialSkills,optionalSkills,minimumEducation,hoursMin,hoursMax,contractType,workplaceMode,postcode,municipality,validThrough,howToApply,status";

    private static string Date => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Valid_rows_are_all_stored_published_or_as_draft_with_names_resolved()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string csv = $"""
            {Header}
            Heftruckchauffeur haven,"Je rijdt heftruck.
            Je laadt en lost.",heftruckchauffeur,heftruck besturen|laden en lossen,orderpicken,mbo2,32,40,permanent,onsite,8011 PK,Zwolle,{Date},Mail ons,published
            Verpleegkundige wijk,Zorg thuis in de wijk.,algemeen verpleegkundige,wondverzorging,,mbo4,24,32,temporary,remote,,,{Date},Bel ons,draft
            """;

        using HttpResponseMessage response = await UploadAsync(employer, csv);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32().ShouldBe(2);
        IReadOnlyList<MyVacancy> mine = await employer.Api.MyVacanciesAsync();
        mine.Select(v => (v.Title, v.Status)).ShouldBe([("Heftruckchauffeur haven", "published"), ("Verpleegkundige wijk", "draft")], ignoreOrder: true);
        Vacancy forklift = (await employer.Api.GetVacancyAsync(mine.Single(v => v.Status == "published").Id)).Content!;
        forklift.Occupation.Uri.ShouldBe(SampleVacancies.ForkliftOperator);
        forklift.Skills.Select(s => (s.Uri, s.Essential)).ShouldBe(
            [(SampleVacancies.OperateForklift, true), (SampleVacancies.LoadAndUnload, true), (SampleVacancies.OrderPicking, false)], ignoreOrder: true);
        forklift.DescriptionHtml.ShouldBe("<p>Je rijdt heftruck.<br>Je laadt en lost.</p>");
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_and_every_problem_is_named()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string csv = $"""
            {Header}
            Heftruckchauffeur,Goed werk.,heftruckchauffeur,heftruck besturen,,mbo2,32,40,permanent,onsite,8011 PK,Zwolle,{Date},Mail ons,
            Jongleur,Gevaarlijk werk.,heftruckchauffeur,jongleren met kettingzagen,,mbo2,32,40,permanent,onsite,8011 PK,Zwolle,{Date},Mail ons,
            Nachtploeg,Werk 's nachts.,heftruckchauffeur,heftruck besturen,,mbo2,40,20,permanent,onsite,8011 PK,Zwolle,{Date},Mail ons,
            Kantoor,Werk op kantoor.,heftruckchauffeur,heftruck besturen,,mbo2,veel,40,permanent,onsite,9999 ZZ,Zwolle,31-02-2027,Mail ons,
            """;

        using HttpResponseMessage response = await UploadAsync(employer, csv);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonElement[] problems = [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()];
        string[] named = [.. problems.Select(p => $"{p.GetProperty("row").GetInt32()}:{p.GetProperty("field").GetString()}")];
        named.ShouldContain("3:skills[0].uri");
        named.ShouldContain("4:hoursMin");
        named.ShouldContain("5:hoursMin");
        named.ShouldContain("5:validThrough");
        named.ShouldNotContain(n => n.StartsWith("2:", StringComparison.Ordinal));
        (await employer.Api.MyVacanciesAsync()).ShouldBeEmpty("nothing is stored from a refused file, not even its good rows");
    }

    [Fact]
    public async Task A_row_nearly_repeating_another_is_refused_unless_confirmed()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string row = $"Heftruckchauffeur,Je rijdt heftruck in de haven van Zwolle.,heftruckchauffeur,heftruck besturen,,mbo2,32,40,permanent,onsite,8011 PK,Zwolle,{Date},Mail ons,";

        using HttpResponseMessage twice = await UploadAsync(employer, $"{Header}\n{row}\n{row}\n");
        using HttpResponseMessage confirmed = await UploadAsync(employer, $"{Header},confirmDuplicate\n{row},\n{row},ja\n");

        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("nearly repeats row 2");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_naming_them()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);

        using HttpResponseMessage response = await UploadAsync(employer, "naam,plaats\nKok,Zwolle\n");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        string body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"field\":\"occupation\"");
        body.ShouldContain("\"field\":\"validThrough\"");
    }

    [Fact]
    public async Task Only_employers_import()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);

        using HttpResponseMessage response = await UploadAsync(jobseeker, $"{Header}\n");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestUser user, string csv)
    {
        using var upload = new MultipartFormDataContent();
        var file = new StringContent(csv.Replace("\r\n", "\n", StringComparison.Ordinal), Encoding.UTF8);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        upload.Add(file, "file", "vacatures.csv");
        return await user.Http.PostAsync(new Uri("/api/vacancies/import", UriKind.Relative), upload);
    }
}
