using System.Net;
using System.Text;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Bad input is the client's 400 with problem details naming each field; it stores and publishes nothing.</summary>
public sealed class PublishVacancyValidationTests(LaborHost host) : IClassFixture<LaborHost>
{
    public static TheoryData<string, string[]> InvalidBodies => new()
    {
        { """{"sector":"Bouw","municipality":"Zwolle"}""", ["title"] },
        { """{"title":"   ","sector":"Bouw","municipality":"Zwolle"}""", ["title"] },
        { $$"""{"title":"{{new string('x', 201)}}","sector":"Bouw","municipality":"Zwolle"}""", ["title"] },
        { """{"title":"Kok","sector":"Horeca","municipality":"Zwolle"}""", ["sector"] },
        { """{"title":"Kok","sector":"Bouw","municipality":"Amsterdam"}""", ["municipality"] },
        { """{}""", ["title", "sector", "municipality"] },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_field_is_named_in_the_problem_details(string body, string[] fields)
    {
        (long vacancies, long events) before = await CountStoredAsync();

        using HttpResponseMessage response = await PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(400);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(fields, ignoreOrder: true);
        (await CountStoredAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"title\":")]
    [InlineData("not json")]
    [InlineData("""{"title":42,"sector":"Bouw","municipality":"Zwolle"}""")]
    [InlineData("[]")]
    public async Task An_unreadable_body_is_a_400_not_a_500(string body)
    {
        (long vacancies, long events) before = await CountStoredAsync();

        using HttpResponseMessage response = await PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        (await CountStoredAsync()).ShouldBe(before);
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        HttpClient http = (await host.UserAsync(Roles.Employer)).Http;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri("/api/vacancies", UriKind.Relative), content);
    }

    private async Task<(long Vacancies, long Events)> CountStoredAsync() =>
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.vacancies"),
         await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages"));
}
