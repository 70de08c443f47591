using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Bad input is the client's 400 with problem details naming each field; it stores and publishes nothing.</summary>
public sealed class VacancyValidationTests(LaborHost host) : IClassFixture<LaborHost>
{
    public static TheoryData<string, string, string> InvalidFields => new()
    {
        // path to change, new JSON value, the field the problem names
        { "title", "\"   \"", "title" },
        { "title", $"\"{new string('x', 201)}\"", "title" },
        { "description", "null", "description" },
        { "occupation", "\"http://data.europa.eu/esco/occupation/unknown\"", "occupation" },
        { "skills", "[]", "skills" },
        { "skills", """[{"uri":"urn:labor:skill:juggling","essential":true}]""", "skills[0].uri" },
        { "skills", """[{"uri":"urn:labor:skill:operate-forklift","essential":false}]""", "skills" },
        { "sectorTables", """["Horeca"]""", "sectorTables[0]" },
        { "minimumEducation", "\"phd\"", "minimumEducation" },
        { "hoursMin", "40", "hoursMin" }, // above hoursMax (32 in this body)
        { "hoursMax", "70", "hoursMax" },
        { "contractType", "\"zero-hours\"", "contractType" },
        { "workplace", """{"mode":"onsite","postcode":"0123 AB","municipality":"Zwolle"}""", "workplace.postcode" },
        { "workplace", """{"mode":"onsite","postcode":"8011 PK","municipality":"Amsterdam"}""", "workplace.municipality" },
        { "workplace", """{"mode":"on the moon"}""", "workplace.mode" },
        { "salary", """{"min":3000,"max":2000,"period":"month"}""", "salary.max" },
        { "salary", """{"min":3000,"max":4000,"period":"week"}""", "salary.period" },
        { "openings", "0", "openings" },
        { "validThrough", "\"2020-01-01\"", "validThrough" },
        { "howToApply", "\"\"", "howToApply" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_named_and_nothing_is_stored(string path, string value, string field)
    {
        JsonObject body = ValidBody();
        body["hoursMax"] = 32;
        body[path] = JsonNode.Parse(value);
        (long vacancies, long events) before = await CountStoredAsync();

        using HttpResponseMessage response = await PostAsync(body.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        (await CountStoredAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_well_formed_postcode_nobody_has_is_named_too()
    {
        JsonObject body = ValidBody();
        body["workplace"] = JsonNode.Parse("""{"mode":"onsite","postcode":"9999 ZZ","municipality":"Zwolle"}""");

        using HttpResponseMessage response = await PostAsync(body.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("workplace.postcode");
    }

    [Fact]
    public async Task A_description_of_only_unsafe_markup_is_refused()
    {
        JsonObject body = ValidBody();
        body["description"] = "<script>alert(1)</script><img src=x onerror=alert(2)>";

        using HttpResponseMessage response = await PostAsync(body.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("description");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"title\":")]
    [InlineData("not json")]
    [InlineData("""{"title":42}""")]
    [InlineData("""{"hoursMin":"many"}""")]
    [InlineData("[]")]
    public async Task An_unreadable_body_is_a_400_not_a_500(string body)
    {
        (long vacancies, long events) before = await CountStoredAsync();

        using HttpResponseMessage response = await PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CountStoredAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("1234567", "kvkNumber")]
    [InlineData("1234567A", "kvkNumber")]
    [InlineData("00000000", "kvkNumber")]
    public async Task A_bad_kvk_number_is_named(string kvk, string field)
    {
        HttpClient http = (await host.UserAsync(Roles.Employer)).Http;

        using HttpResponseMessage response = await http.PutAsJsonAsync(new Uri("/api/vacancies/organisation", UriKind.Relative), new
        {
            name = "Bakkerij Test", kvkNumber = kvk, address = "Markt 1", postcode = "8011 PK", municipality = "Zwolle",
            contactName = "Jan", contactEmail = "jan@bakkerij.example",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{field}\"");
    }

    private static JsonObject ValidBody() => JsonSerializer.SerializeToNode(SampleVacancies.Forklift(), JsonSerializerOptions.Web)!.AsObject();

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
