using Labor.BuildingBlocks.Csv;
using System.Diagnostics;
using Labor.Reference;
using Labor.Reference.Contracts;
using Labor.Reference.Import;
using Labor.Testing;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Bench;

/// <summary>The open vacancies <see cref="SearchSeeding"/> stored, with how long generating and storing them took.</summary>
internal sealed record SearchSeed(BenchOccupation[] Occupations, Organisation[] Organisations, Vacancy[] Vacancies, TimeSpan Generated, TimeSpan Inserted);

/// <summary>
/// The search benchmark's vacancies (<see cref="SearchData"/>), made with the module's domain code and stored through its
/// DbContext, then vacuumed and analysed. The search and load benchmarks share them.
/// </summary>
internal static class SearchSeeding
{
    public static async Task<SearchSeed> SeedAsync(LaborHost host, int count, Random random)
    {
        var region = host.Services.GetRequiredService<IReferenceData>();
        BenchOccupation[] occupations = Occupations(region, host.Services.GetRequiredService<IVocabulary>());
        var generate = Stopwatch.StartNew();
        var data = new SearchData(region, occupations, random, DateTimeOffset.UtcNow);
        Organisation[] organisations = data.Organisations(Math.Max(20, count / 25));
        Vacancy[] vacancies = [.. Enumerable.Range(0, count).Select(_ => data.NextVacancy(organisations))];
        generate.Stop();

        var insert = Stopwatch.StartNew();
        await InsertAsync(host.Services, organisations, vacancies);
        insert.Stop();
        // The state autovacuum keeps a table in: statistics current, visibility map set.
        await host.ScalarAsync<int>("VACUUM (ANALYZE) vacancies.vacancies");
        await host.ScalarAsync<int>("VACUUM (ANALYZE) vacancies.organisations");
        return new SearchSeed(occupations, organisations, vacancies, generate.Elapsed, insert.Elapsed);
    }

    /// <summary>The starter taxonomy's occupations as the host's vocabulary serves them, with their titles' names.</summary>
    private static BenchOccupation[] Occupations(IReferenceData region, IVocabulary vocabulary)
    {
        VocabularyBatch starter = StarterTaxonomy.Read(region, new ImportErrors());
        return [.. starter.Occupations.Values
            .OrderBy(row => row.Uri, StringComparer.Ordinal)
            .Select(row => (Row: row, Occupation: vocabulary.FindOccupation(row.Uri)))
            .Where(o => o.Occupation is not null && o.Occupation.SectorTables.Count > 0)
            .Select(o => new BenchOccupation(
                o.Occupation!,
                [.. o.Row.AltLabelsNl.Prepend(o.Occupation!.Label.Nl).Prepend(o.Occupation.Label.Nl)
                    .Where(label => !label.Contains('/', StringComparison.Ordinal))
                    .DefaultIfEmpty(o.Occupation.Label.Nl)],
                [.. o.Occupation.Skills.Select(s => vocabulary.FindSkill(s.SkillUri)?.Label.Nl).OfType<string>()]))];
    }

    private static async Task InsertAsync(IServiceProvider services, Organisation[] organisations, Vacancy[] vacancies)
    {
        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            VacanciesDbContext db = scope.ServiceProvider.GetRequiredService<VacanciesDbContext>();
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync();
        }

        foreach (Vacancy[] batch in vacancies.Chunk(1_000))
        {
            await using AsyncServiceScope scope = services.CreateAsyncScope();
            VacanciesDbContext db = scope.ServiceProvider.GetRequiredService<VacanciesDbContext>();
            db.Vacancies.AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
