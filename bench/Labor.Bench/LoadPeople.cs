using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Matching.Data;
using Labor.Matching.ReadModel;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.Lifecycle;
using Vacancy = Labor.Vacancies.Domain.Vacancy;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Bench;

/// <summary>
/// The signed-in side of the load test: the vacancies in matching's read model, jobseekers made through the API (profile,
/// consent), all matched by one nightly run, and an employer of the vacancy with the most candidates.
/// </summary>
internal sealed record LoadPeople(TestUser Jobseeker, long Matches, TestUser Employer, Guid Vacancy, long Candidates, NightlyFigures Nightly)
{
    public static async Task<LoadPeople> CreateAsync(LaborHost host, Vacancy[] vacancies, int jobseekers)
    {
        await AddToReadModelAsync(host.Services, vacancies);
        (TestUser User, Guid Id)? first = null;
        for (int i = 0; i < jobseekers; i++)
        {
            TestUser user = await host.UserAsync(Roles.Jobseeker);
            Guid id = (await user.Api.SaveMyProfileAsync(SampleProfiles.Warehouse($"Werkzoekende {i + 1}"))).Content!.Id;
            await user.Api.SetMyConsentAsync(new Consent(true));
            first ??= (user, id);
        }

        Console.WriteLine($"  {jobseekers} jobseekers made through the API; load average {MatchingWorld.LoadAverage()}");
        // The profiles and consents reach matching's read model through the outbox and RabbitMQ.
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE consented") == jobseekers,
            TimeSpan.FromMinutes(5), $"{jobseekers} consenting jobseekers in matching's read model");
        await host.ScalarAsync<int>("VACUUM (ANALYZE) matching.vacancies");
        NightlyFigures nightly = await MatchingNightly.RunAsync(host);

        long matches = await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseeker_matches WHERE jobseeker_id = $1", first!.Value.Id);
        Guid vacancy = await host.ScalarAsync<Guid>(
            "SELECT vacancy_id FROM matching.vacancy_candidates GROUP BY vacancy_id ORDER BY count(*) DESC, vacancy_id LIMIT 1");
        long candidates = await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancy_candidates WHERE vacancy_id = $1", vacancy);
        Guid organisation = await host.ScalarAsync<Guid>("SELECT organisation_id FROM vacancies.vacancies WHERE id = $1", vacancy);
        TestUser employer = await host.UserAsync(Roles.Employer, organisation);
        return new LoadPeople(first.Value.User, matches, employer, vacancy, candidates, nightly);
    }

    /// <summary>
    /// Matching's copy of each vacancy, as its VacancyPublished consumer writes it from the Vacancies module's own event
    /// details, but in bulk: through the bus, every arrival is matched at once, one after another (a few a second here).
    /// </summary>
    private static async Task AddToReadModelAsync(IServiceProvider services, Vacancy[] vacancies)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        foreach (Vacancy[] batch in vacancies.Chunk(1_000))
        {
            await using AsyncServiceScope scope = services.CreateAsyncScope();
            MatchingDbContext db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            db.Vacancies.AddRange(batch.Select(vacancy =>
            {
                VacancyDetails details = VacancyOutbox.Details(vacancy);
                return new OpenVacancy
                {
                    VacancyId = details.VacancyId,
                    Title = details.Title,
                    SectorTables = [.. details.SectorTables],
                    Municipality = details.Municipality,
                    Details = JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
                    PublishedAt = vacancy.PublishedAt!.Value,
                    ReceivedAt = now,
                };
            }));
            await db.SaveChangesAsync();
        }
    }
}
