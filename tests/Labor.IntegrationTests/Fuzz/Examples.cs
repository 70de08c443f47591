using System.Text.Json;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests.Fuzz;

/// <summary>A valid body for the operations that store text, so one spoiled field is all that stands between it and the database.</summary>
internal static class Examples
{
    private const string Mark = FuzzText.Mark;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["POST /api/account/register"] = new SignUp($"{Mark}@test.example", $"{Mark} a long passphrase here", "jobseeker"),
        ["POST /api/account/forgot-password"] = new ForgotPassword($"{Mark}@test.example"),
        ["PUT /api/vacancies/organisation"] = new OrganisationProfile($"{Mark} Bedrijf", "12345678", "Straat 1", "8011 PK", "Zwolle", $"{Mark} Naam", $"{Mark}@test.example", "0612345678"),
        ["POST /api/vacancies"] = SampleVacancies.Forklift($"{Mark} Heftruck"),
        ["PUT /api/vacancies/{id}"] = SampleVacancies.Forklift($"{Mark} Heftruck"),
        ["POST /api/sectortables/{id}/actions"] = SampleActions.Rising($"{Mark} actie", 10, 20),
        ["PUT /api/sectortables/{id}/actions/{actionId}"] = SampleActions.Rising($"{Mark} actie", 10, 20),
        ["PUT /api/jobseekers/me"] = SampleProfiles.Warehouse($"{Mark} Sanne"),
        ["POST /api/sectortables"] = new NewSectorTable($"{Mark} tafel", $"{Mark} table"),
        ["POST /api/admin/users"] = new NewUser($"{Mark}@test.example", "ProgrammeStaff"),
        ["POST /api/sectortables/{id}/people"] = new PersonDraft($"{Mark}@test.example", "kartrekker"),
    };

    public static string? For(string key) =>
        Bodies.TryGetValue(key.TrimEnd('/'), out object? body) ? JsonSerializer.Serialize(body, body.GetType(), Json) : null;
}
