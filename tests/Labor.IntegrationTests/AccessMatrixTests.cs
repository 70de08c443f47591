using System.Net;
using System.Text;
using Labor.BuildingBlocks.Security;
using Labor.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Labor.IntegrationTests;

/// <summary>
/// Every endpoint the host maps, for every role and for an anonymous visitor. The list of endpoints comes from the
/// host itself, so an endpoint added without a line in <see cref="Rules"/> fails this test until someone decides
/// who may use it.
/// </summary>
public sealed class AccessMatrixTests(LaborHost host, ITestOutputHelper output) : IClassFixture<LaborHost>
{
    private enum Rule
    {
        /// <summary>Sector-table leads, programme staff and admins read every table (ADR 11).</summary>
        SectorTableReaders,

        /// <summary>Sector-table leads only (whose table it is is checked after: 403 or 404 then).</summary>
        SectorLeads,

        /// <summary>A page for the sector tables' readers: anonymous visitors are sent to sign in, other roles get 403.</summary>
        SectorTablePage,

        /// <summary>A lead's page: anonymous visitors are sent to sign in, other roles get 403.</summary>
        SectorLeadPage,

        /// <summary>Anyone, signed in or not.</summary>
        Public,

        /// <summary>Anyone signed in.</summary>
        SignedIn,

        /// <summary>A page for anyone signed in: anonymous visitors are sent to sign in.</summary>
        SignedInPage,

        /// <summary>Employers only (the resource check for their own organisation comes after).</summary>
        Employers,

        /// <summary>Admins only, over the API (401 anonymous, 403 other roles).</summary>
        Admins,

        /// <summary>An admin page: anonymous visitors are sent to sign in, other roles get 403.</summary>
        AdminPage,

        /// <summary>An employer's page: anonymous visitors are sent to sign in, other roles get 403.</summary>
        EmployerPage,

        /// <summary>Jobseekers only, over the API: their own profile and data.</summary>
        Jobseekers,

        /// <summary>A jobseeker's page: anonymous visitors are sent to sign in, other roles get 403.</summary>
        JobseekerPage,

        /// <summary>Programme staff and admins, over the API: region-wide figures, counts only.</summary>
        Staff,

        /// <summary>A programme staff page (admins too): anonymous visitors are sent to sign in, other roles get 403.</summary>
        StaffPage,
    }

    private static readonly Dictionary<string, Rule> Rules = new()
    {
        ["GET /"] = Rule.Public,
        ["GET /Index"] = Rule.Public,
        ["GET /vacatures"] = Rule.Public,
        ["GET /fout"] = Rule.Public,
        ["GET /taal"] = Rule.Public,
        ["GET /account/registreren"] = Rule.Public,
        ["GET /account/controleer-uw-mail"] = Rule.Public,
        ["GET /account/inloggen"] = Rule.Public,
        ["GET /account/bevestigen"] = Rule.Public,
        ["GET /account/wachtwoord-vergeten"] = Rule.Public,
        ["GET /account/wachtwoord-herstellen"] = Rule.Public,
        ["GET /account/uitloggen"] = Rule.Public,
        ["GET /account/geen-toegang"] = Rule.Public,
        ["GET /beheer/gebruikers"] = Rule.AdminPage,
        ["GET /health/live"] = Rule.Public,
        ["GET /health/ready"] = Rule.Public,
        ["GET /openapi/{documentName}.json"] = Rule.Public,
        ["GET /scalar/{documentName?}"] = Rule.Public,
        ["GET /hangfire/{**path}"] = Rule.Admins,
        ["GET /api/vacancies/"] = Rule.Public,
        ["GET /api/vacancies/{id:guid}"] = Rule.Public,
        ["POST /api/vacancies/"] = Rule.Employers,
        ["PUT /api/vacancies/{id:guid}"] = Rule.Employers,
        ["POST /api/vacancies/{id:guid}/publish"] = Rule.Employers,
        ["GET /api/vacancies/mine"] = Rule.Employers,
        ["POST /api/vacancies/import"] = Rule.Employers,
        ["GET /api/vacancies/organisation"] = Rule.Employers,
        ["PUT /api/vacancies/organisation"] = Rule.Employers,
        ["GET /vacatures/{id:guid}"] = Rule.Public,
        ["GET /werkgever"] = Rule.EmployerPage,
        ["GET /werkgever/vacature/{id:guid?}"] = Rule.EmployerPage,
        ["GET /werkgever/organisatie"] = Rule.EmployerPage,
        ["POST /api/vacancies/{id:guid}/close"] = Rule.Employers,
        ["POST /api/account/register"] = Rule.Public,
        ["POST /api/account/token"] = Rule.Public,
        ["POST /api/account/refresh"] = Rule.Public,
        ["POST /api/account/forgot-password"] = Rule.Public,
        ["POST /api/account/reset-password"] = Rule.Public,
        ["GET /api/account/me"] = Rule.SignedIn,
        ["POST /api/account/password"] = Rule.SignedIn,
        ["POST /api/account/sign-out"] = Rule.SignedIn,
        ["PUT /api/admin/users/{id:guid}/role"] = Rule.Admins,
        ["GET /api/admin/failed-messages/"] = Rule.Admins,
        ["POST /api/admin/failed-messages/{queue}/{messageId:guid}/replay"] = Rule.Admins,
        ["DELETE /api/admin/failed-messages/{queue}/{messageId:guid}"] = Rule.Admins,
        ["GET /beheer/berichten"] = Rule.AdminPage,
        ["GET /account/wachtwoord-wijzigen"] = Rule.SignedInPage,
        ["GET /api/reference/sector-tables"] = Rule.Public,
        ["GET /api/reference/municipalities"] = Rule.Public,
        ["GET /api/reference/education-levels"] = Rule.Public,
        ["GET /api/reference/skills"] = Rule.Public,
        ["GET /api/reference/occupations"] = Rule.Public,
        ["GET /api/reference/skill"] = Rule.Public,
        ["GET /api/reference/occupation"] = Rule.Public,
        ["GET /api/reference/occupation/skills"] = Rule.Public,
        ["GET /api/reference/courses"] = Rule.Public,
        ["GET /api/reference/postcode"] = Rule.Public,
        ["GET /scholing"] = Rule.Public,
        ["GET /beheer/vocabulaire"] = Rule.AdminPage,
        ["GET /api/admin/vocabulary/imports/"] = Rule.Admins,
        ["POST /api/admin/vocabulary/imports/"] = Rule.Admins,
        ["GET /api/admin/vocabulary/esco/search"] = Rule.Admins,
        ["POST /api/admin/vocabulary/esco/occupations"] = Rule.Admins,
        ["GET /api/admin/users/"] = Rule.Admins,
        ["GET /api/jobseekers/me/"] = Rule.Jobseekers,
        ["PUT /api/jobseekers/me/"] = Rule.Jobseekers,
        ["PUT /api/jobseekers/me/consent"] = Rule.Jobseekers,
        ["GET /api/jobseekers/me/data"] = Rule.Jobseekers,
        ["DELETE /api/jobseekers/me/"] = Rule.Jobseekers,
        ["GET /mijn-profiel"] = Rule.JobseekerPage,
        ["GET /privacy"] = Rule.Public,
        ["GET /api/matches/"] = Rule.Jobseekers,
        ["GET /mijn-matches"] = Rule.JobseekerPage,
        ["GET /api/matching/fairness"] = Rule.Staff,
        ["GET /programma/eerlijkheid"] = Rule.StaffPage,
        ["GET /werkgever/vacature/{id:guid}/kandidaten"] = Rule.EmployerPage,
        ["GET /api/matches/vacancies/{id:guid}"] = Rule.Employers,
        ["PUT /api/matches/vacancies/{id:guid}/candidates/{jobseekerId:guid}"] = Rule.Employers,
        ["GET /werkgever/aannemen"] = Rule.EmployerPage,
        ["GET /werkgever/aannames"] = Rule.EmployerPage,
        ["POST /api/placements/hires"] = Rule.Employers,
        ["GET /api/placements/hires"] = Rule.Employers,
        ["GET /mijn-werk"] = Rule.JobseekerPage,
        ["POST /api/placements/mine"] = Rule.Jobseekers,
        ["GET /api/placements/mine"] = Rule.Jobseekers,
        ["GET /api/trajectories/mine"] = Rule.Jobseekers,
        ["POST /api/trajectories/mine/steps"] = Rule.Jobseekers,
        ["POST /api/trajectories/mine/close"] = Rule.Jobseekers,
        ["POST /api/trajectories/people/{jobseekerId:guid}/steps"] = Rule.Staff,
        ["POST /api/trajectories/people/{jobseekerId:guid}/close"] = Rule.Staff,
        ["POST /api/admin/users/"] = Rule.Admins,
        // The signed token is the authority: a digest's reader unsubscribes without signing in (RFC 8058).
        ["POST /api/digests/unsubscribe"] = Rule.Public,
        ["GET /uitschrijven/{token}"] = Rule.Public,
        ["GET /api/sectortables/"] = Rule.SectorTableReaders,
        ["GET /api/sectortables/figures"] = Rule.SectorTableReaders,
        ["GET /api/sectortables/figures.csv"] = Rule.SectorTableReaders,
        ["GET /api/sectortables/{id:guid}"] = Rule.SectorTableReaders,
        ["GET /api/sectortables/{id:guid}/figures.csv"] = Rule.SectorTableReaders,
        ["POST /api/sectortables/"] = Rule.Admins,
        ["PUT /api/sectortables/{id:guid}/plan"] = Rule.SectorLeads,
        ["POST /api/sectortables/{id:guid}/actions"] = Rule.SectorLeads,
        ["PUT /api/sectortables/{id:guid}/actions/{actionId:guid}"] = Rule.SectorLeads,
        ["POST /api/sectortables/{id:guid}/actions/{actionId:guid}/progress"] = Rule.SectorLeads,
        ["POST /api/sectortables/{id:guid}/people/"] = Rule.Admins,
        ["DELETE /api/sectortables/{id:guid}/people/{accountId:guid}"] = Rule.Admins,
        ["GET /sectortafels"] = Rule.SectorTablePage,
        ["GET /programma/dashboard"] = Rule.StaffPage,
        ["GET /api/region/dashboard"] = Rule.Staff,
        ["GET /api/region/dashboard/{part}.csv"] = Rule.Staff,
        ["GET /sectortafels/{id:guid}"] = Rule.SectorTablePage,
        ["GET /sectortafels/{id:guid}/actie/{actionId:guid?}"] = Rule.SectorLeadPage,
    };

    private static readonly string?[] Principals = [null, .. Roles.All];

    [Fact]
    public void Every_endpoint_of_the_host_has_an_access_rule()
    {
        string[] missing = [.. Endpoints().Select(e => e.Key).Where(key => !Rules.ContainsKey(key))];
        string[] stale = [.. Rules.Keys.Except(Endpoints().Select(e => e.Key))];

        missing.ShouldBeEmpty("add each new endpoint to the access matrix with the rule it must follow");
        stale.ShouldBeEmpty("remove rules for endpoints that no longer exist");
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_its_rule_says()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = host.CreateHttpClient(followRedirects: false) };
        foreach (string role in Roles.All)
        {
            clients[role] = await ClientAsync(role);
        }

        List<string> wrong = [];
        foreach ((string key, string method, string path) in Endpoints().Where(e => Rules.ContainsKey(e.Key)))
        {
            foreach (string? role in Principals)
            {
                HttpStatusCode expected = Expected(Rules[key], role);
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                // Signing out and erasing one's account end the session, so each gets a signed-in user of its own.
                using HttpClient? own = role is not null && SessionEnders.Contains(key) ? await ClientAsync(role) : null;
                using HttpResponseMessage response = await (own ?? clients[role ?? "anonymous"]).SendAsync(request);
                string location = response.Headers.Location?.ToString() ?? "";
                bool ok = expected switch
                {
                    HttpStatusCode.OK => (int)response.StatusCode < 500 && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                                         && !location.Contains("/account/inloggen", StringComparison.Ordinal),
                    HttpStatusCode.Redirect => response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/inloggen", StringComparison.Ordinal),
                    _ => response.StatusCode == expected,
                };
                string line = $"{key} as {role ?? "anonymous"}: {(int)response.StatusCode} (expected {(expected == HttpStatusCode.OK ? "allowed" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))})";
                output.WriteLine(line);
                if (!ok)
                {
                    wrong.Add(line);
                }
            }
        }

        // A 5xx says nothing about access; the host's own error log says what broke.
        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, host.Logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal))));
    }

    private async Task<HttpClient> ClientAsync(string role)
    {
        TestUser user = await host.UserAsync(role);
        HttpClient http = host.CreateHttpClient(followRedirects: false);
        http.DefaultRequestHeaders.Authorization = user.Http.DefaultRequestHeaders.Authorization;
        return http;
    }

    private static readonly string[] SessionEnders = ["POST /api/account/sign-out", "DELETE /api/jobseekers/me/"];

    private static HttpStatusCode Expected(Rule rule, string? role) => (rule, role) switch
    {
        (Rule.Public, _) => HttpStatusCode.OK,
        (Rule.AdminPage or Rule.EmployerPage or Rule.JobseekerPage or Rule.StaffPage or Rule.SectorTablePage or Rule.SectorLeadPage or Rule.SignedInPage, null) => HttpStatusCode.Redirect,
        (_, null) => HttpStatusCode.Unauthorized,
        (Rule.SignedIn or Rule.SignedInPage, _) => HttpStatusCode.OK,
        (Rule.Employers or Rule.EmployerPage, Roles.Employer) => HttpStatusCode.OK,
        (Rule.Admins or Rule.AdminPage, Roles.Admin) => HttpStatusCode.OK,
        (Rule.Jobseekers or Rule.JobseekerPage, Roles.Jobseeker) => HttpStatusCode.OK,
        (Rule.Staff or Rule.StaffPage, Roles.ProgrammeStaff or Roles.Admin) => HttpStatusCode.OK,
        (Rule.SectorTableReaders or Rule.SectorTablePage, Roles.SectorLead or Roles.ProgrammeStaff or Roles.Admin) => HttpStatusCode.OK,
        (Rule.SectorLeads or Rule.SectorLeadPage, Roles.SectorLead) => HttpStatusCode.OK,
        _ => HttpStatusCode.Forbidden,
    };

    private IEnumerable<(string Key, string Method, string Path)> Endpoints()
    {
        foreach (RouteEndpoint endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            string pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (IsStaticFile(pattern))
            {
                continue; // files under wwwroot and the API reference's scripts: public by nature
            }

            IReadOnlyList<string> methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (string method in methods)
            {
                yield return ($"{method} {pattern}", method, Fill(pattern));
            }
        }
    }

    private static bool IsStaticFile(string pattern) =>
        (Path.HasExtension(pattern) && !pattern.Contains('{', StringComparison.Ordinal) && !pattern.StartsWith("/api/", StringComparison.Ordinal))
        || pattern.Contains(":file}", StringComparison.Ordinal);

    private static string Fill(string pattern) => pattern
        .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{jobseekerId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{actionId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{accountId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{messageId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{queue}", "no-such-queue_error", StringComparison.Ordinal)
        .Replace("{id:guid?}", "", StringComparison.Ordinal)
        .Replace("{actionId:guid?}", "", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal)
        .Replace("{part}", "months", StringComparison.Ordinal)
        .Replace("{documentName?}", "v1", StringComparison.Ordinal)
        .Replace("{**path}", "", StringComparison.Ordinal);
}
