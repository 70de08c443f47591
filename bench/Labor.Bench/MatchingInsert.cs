using System.Text.Json;
using Labor.Vacancies.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Labor.Bench;

/// <summary>
/// Fills matching's read model directly with binary COPY, in the shape its consumers store events (the payload as
/// JSON with the web options): this bench measures matching, not the event pipeline that fills the tables.
/// </summary>
internal static class MatchingInsert
{
    /// <summary>Received a day ago: older than any run, so a nightly run's catch-up finds nothing to match again.</summary>
    private static readonly TimeSpan Age = TimeSpan.FromDays(1);

    /// <remarks>Synchronous writes, as in MatchWriter: per-field async calls cost more than the COPY at a million rows.</remarks>
    public static int Vacancies(NpgsqlConnection connection, IEnumerable<VacancyDetails> vacancies, DateTimeOffset now)
    {
        int written = 0;
        using NpgsqlBinaryImporter importer = connection.BeginBinaryImport(
            "COPY matching.vacancies (vacancy_id, title, sector_tables, municipality, details, published_at, received_at) FROM STDIN (FORMAT BINARY)");
        foreach (VacancyDetails vacancy in vacancies)
        {
            importer.StartRow();
            importer.Write(vacancy.VacancyId, NpgsqlDbType.Uuid);
            importer.Write(vacancy.Title, NpgsqlDbType.Varchar);
            importer.Write(vacancy.SectorTables.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            if (vacancy.Municipality is { } municipality)
            {
                importer.Write(municipality, NpgsqlDbType.Varchar);
            }
            else
            {
                importer.WriteNull();
            }

            importer.Write(JsonSerializer.Serialize(vacancy, JsonSerializerOptions.Web), NpgsqlDbType.Jsonb);
            importer.Write(now - Age, NpgsqlDbType.TimestampTz);
            importer.Write(now - Age, NpgsqlDbType.TimestampTz);
            written++;
        }

        importer.Complete();
        return written;
    }

    public static int Jobseekers(NpgsqlConnection connection, IEnumerable<BenchJobseeker> jobseekers, DateTimeOffset now)
    {
        int written = 0;
        using NpgsqlBinaryImporter importer = connection.BeginBinaryImport(
            "COPY matching.jobseekers (jobseeker_id, profile, profile_changed_at, consented, consent_changed_at, received_at) FROM STDIN (FORMAT BINARY)");
        foreach (BenchJobseeker jobseeker in jobseekers)
        {
            importer.StartRow();
            importer.Write(jobseeker.Id, NpgsqlDbType.Uuid);
            importer.Write(JsonSerializer.Serialize(jobseeker.Profile, JsonSerializerOptions.Web), NpgsqlDbType.Jsonb);
            importer.Write(now - Age, NpgsqlDbType.TimestampTz);
            importer.Write(jobseeker.Consented, NpgsqlDbType.Boolean);
            importer.Write(now - Age, NpgsqlDbType.TimestampTz);
            importer.Write(now - Age, NpgsqlDbType.TimestampTz);
            written++;
        }

        importer.Complete();
        return written;
    }
}
