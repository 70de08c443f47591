using System.Diagnostics;
using System.Net.Http.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;
using Xunit.Abstractions;

namespace Labor.IntegrationTests;

/// <summary>Timing is measured with nothing else running: other test classes on two cores would be the noise.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Timing
{
    public const string Name = "timing";
}

/// <summary>Nobody can list who has an account by the time the answers take (ADR 13).</summary>
[Collection(Timing.Name)]
public sealed class AnswerTimeTests(LaborHost host, ITestOutputHelper output) : IClassFixture<LaborHost>
{
    private const string Password = "een lange zin als wachtwoord";

    [Fact]
    public async Task Sign_in_register_and_forgot_password_take_as_long_for_a_known_address_as_for_an_unknown_one()
    {
        TestUser known = await host.UserAsync(Roles.Jobseeker);
        using HttpClient http = host.CreateHttpClient();
        string Unknown() => $"niemand-{Guid.NewGuid():N}@test.example";

        await RatioAsync("sign-in", http, () => known.Email, Unknown, email => new { email, password = "niet het wachtwoord van wie dan ook" }, "/api/account/token");
        await RatioAsync("forgot-password", http, () => known.Email, Unknown, email => new { email }, "/api/account/forgot-password");
        await RatioAsync("register", http, () => known.Email, Unknown, email => new { email, password = Password, kind = "jobseeker" }, "/api/account/register");
    }

    private async Task RatioAsync(string name, HttpClient http, Func<string> known, Func<string> unknown, Func<string, object> body, string path)
    {
        const int rounds = 15;
        await TimeAsync(http, path, body(unknown())); // the first call of a route pays for compiling it
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            knownTimes.Add(await TimeAsync(http, path, body(known())));
            unknownTimes.Add(await TimeAsync(http, path, body(unknown())));
        }

        double ratio = Median(knownTimes) / Median(unknownTimes);
        output.WriteLine($"{name}: median {Median(knownTimes):F0} ms for a known address, {Median(unknownTimes):F0} ms for an unknown one, ratio {ratio:F2}");
        ratio.ShouldBeInRange(0.7, 1.4, name);
    }

    private static async Task<double> TimeAsync(HttpClient http, string path, object body)
    {
        long start = Stopwatch.GetTimestamp();
        using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        ((int)response.StatusCode).ShouldBeLessThan(500);
        return elapsed;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
