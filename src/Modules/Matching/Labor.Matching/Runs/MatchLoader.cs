using System.Text.Json;
using Labor.BuildingBlocks.Modules;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Data;
using Labor.Matching.Engine;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>Reads matching's own read model into a <see cref="MatchIndex"/>: open vacancies and profiles that can be matched.</summary>
internal sealed class MatchLoader(MatchingDbContext db, IVocabulary vocabulary, IReferenceData region, TimeProvider time)
{
    public async Task<MatchIndex> LoadAsync(CancellationToken cancellationToken)
    {
        var concepts = new Concepts(vocabulary, region);
        DateTimeOffset readFrom = time.GetUtcNow();
        int today = DutchTime.Today(time).DayNumber;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        bool opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            List<VacancyEntry> vacancies = [];
            await using (var command = new NpgsqlCommand("SELECT details FROM matching.vacancies ORDER BY vacancy_id", connection))
            await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    VacancyDetails details = JsonSerializer.Deserialize(reader.GetString(0), ReadModelJson.Default.VacancyDetails)!;
                    VacancyEntry entry = EntryFactory.Vacancy(details, concepts);
                    if (entry.ValidThroughDay >= today)
                    {
                        vacancies.Add(entry);
                    }
                }
            }

            List<JobseekerEntry> jobseekers = [];
            await using (var command = new NpgsqlCommand("SELECT jobseeker_id, profile, consented FROM matching.jobseekers WHERE profile IS NOT NULL ORDER BY jobseeker_id", connection))
            await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    JobseekerProfile profile = JsonSerializer.Deserialize(reader.GetString(1), ReadModelJson.Default.JobseekerProfile)!;
                    if (EntryFactory.Jobseeker(reader.GetGuid(0), profile, reader.GetBoolean(2), concepts) is { } entry)
                    {
                        jobseekers.Add(entry);
                    }
                }
            }

            return new MatchIndex(concepts, vacancies, jobseekers, readFrom);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
