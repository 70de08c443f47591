using Labor.Matching.Engine;
using Npgsql;
using NpgsqlTypes;

namespace Labor.Matching.Runs;

/// <summary>
/// Writes results with binary COPY into fresh tables and swaps them in whole: readers see the old lists until the
/// new ones are complete, and no row-by-row index maintenance slows the load.
/// </summary>
internal static class MatchWriter
{
    public const string Columns =
        "jobseeker_id, vacancy_id, rank, score, skills_part, occupation_part, sector_part, distance_part, hours_part, " +
        "distance_km, exact_skills, related_skills, occupation, intersectoral, found_at";

    /// <summary>Each result table with its key and its second index, as the migrations named them.</summary>
    private static readonly (string Table, string Key, string KeyColumns, string Index, string IndexColumn)[] Tables =
    [
        (MatchTables.JobseekerMatches, "pk_jobseeker_matches", "jobseeker_id, rank", "ix_jobseeker_matches_vacancy_id", "vacancy_id"),
        (MatchTables.VacancyCandidates, "pk_vacancy_candidates", "vacancy_id, rank", "ix_vacancy_candidates_jobseeker_id", "jobseeker_id"),
    ];

    /// <summary>Fresh tables for a run's lists, and for the chunks' shares of the vacancies' lists (no key: ranked later).</summary>
    public static async Task CreateNextTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach ((string fresh, string like) in ((string, string)[])[
                     (MatchTables.Next(MatchTables.JobseekerMatches), MatchTables.JobseekerMatches),
                     (MatchTables.Next(MatchTables.VacancyCandidates), MatchTables.VacancyCandidates),
                     (MatchTables.CandidateShares, MatchTables.VacancyCandidates)])
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS matching.{fresh}; CREATE TABLE matching.{fresh} (LIKE matching.{like} INCLUDING DEFAULTS)", cancellationToken);
        }
    }

    /// <param name="table">A result table or its <see cref="MatchTables.Next"/> twin in schema matching, or a temporary table.</param>
    /// <remarks>Synchronous writes: per-field async calls cost more than the COPY itself at millions of rows.</remarks>
    public static int Copy(NpgsqlConnection connection, string table, IEnumerable<(short Rank, Guid JobseekerId, Guid VacancyId, Score Score)> rows, DateTimeOffset foundAt)
    {
        int written = 0;
        using NpgsqlBinaryImporter importer = connection.BeginBinaryImport($"COPY {(table.StartsWith("pg_temp.", StringComparison.Ordinal) ? table : "matching." + table)} ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach ((short rank, Guid jobseeker, Guid vacancy, Score s) in rows)
        {
            importer.StartRow();
            importer.Write(jobseeker, NpgsqlDbType.Uuid);
            importer.Write(vacancy, NpgsqlDbType.Uuid);
            importer.Write(rank, NpgsqlDbType.Smallint);
            importer.Write((short)s.Total, NpgsqlDbType.Smallint);
            importer.Write((short)s.Skills, NpgsqlDbType.Smallint);
            importer.Write((short)s.Occupation, NpgsqlDbType.Smallint);
            importer.Write((short)s.Sector, NpgsqlDbType.Smallint);
            importer.Write((short)s.Distance, NpgsqlDbType.Smallint);
            importer.Write((short)s.Hours, NpgsqlDbType.Smallint);
            if (s.DistanceKm is { } km)
            {
                importer.Write((float)km, NpgsqlDbType.Real);
            }
            else
            {
                importer.WriteNull();
            }

            importer.Write(s.ExactSkills, NpgsqlDbType.Bigint);
            importer.Write(s.RelatedSkills, NpgsqlDbType.Bigint);
            importer.Write((short)s.Relation, NpgsqlDbType.Smallint);
            importer.Write(s.Intersectoral, NpgsqlDbType.Boolean);
            importer.Write(foundAt, NpgsqlDbType.TimestampTz);
            written++;
        }

        importer.Complete();
        return written;
    }

    /// <summary>
    /// Each vacancy's list from the chunks' shares: its best <paramref name="keep"/> (score, then the lower id, as the
    /// chunks and the incremental runs rank). Emptied first, so a finish that stopped midway can run again.
    /// </summary>
    public static Task RankCandidatesAsync(NpgsqlConnection connection, int keep, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"""
            TRUNCATE matching.{MatchTables.Next(MatchTables.VacancyCandidates)};
            INSERT INTO matching.{MatchTables.Next(MatchTables.VacancyCandidates)} ({Columns})
            SELECT {Columns.Replace("rank,", "new_rank,", StringComparison.Ordinal)} FROM (
                SELECT s.*, row_number() OVER (PARTITION BY vacancy_id ORDER BY score DESC, jobseeker_id) AS new_rank
                FROM matching.{MatchTables.CandidateShares} s) ranked
            WHERE new_rank <= {keep}
            """, cancellationToken);

    /// <summary>Gives a fresh table its key, its second index and statistics: after its last row, before the swap.</summary>
    public static async Task IndexNextAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        (_, string key, string keyColumns, string index, string column) = Tables.Single(t => t.Table == table);
        string next = MatchTables.Next(table);
        // A resumed run may find the key and index of an attempt that stopped before the swap.
        await ExecuteAsync(connection,
            $"ALTER TABLE matching.{next} DROP CONSTRAINT IF EXISTS {key}_next; DROP INDEX IF EXISTS matching.{index}_next; " +
            $"ALTER TABLE matching.{next} ADD CONSTRAINT {key}_next PRIMARY KEY ({keyColumns}); " +
            $"CREATE INDEX {index}_next ON matching.{next} ({column}); ANALYZE matching.{next}", cancellationToken);
    }

    /// <summary>
    /// Swaps the indexed fresh tables in, dropping erased jobseekers' rows and the chunks' shares, in the caller's
    /// transaction (short: the run's report commits with it).
    /// </summary>
    public static async Task SwapAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The swap waits for readers of the old tables; waiting without end would hold every new reader behind it.
        await ExecuteAsync(connection, "SET LOCAL lock_timeout = '30s'", cancellationToken);
        foreach ((string table, string key, _, string index, _) in Tables)
        {
            string next = MatchTables.Next(table);
            await ExecuteAsync(connection,
                $"DELETE FROM matching.{next} n USING matching.erased_jobseekers e WHERE n.jobseeker_id = e.jobseeker_id; " +
                $"DROP TABLE matching.{table}; ALTER TABLE matching.{next} RENAME TO {table}; " +
                $"ALTER TABLE matching.{table} RENAME CONSTRAINT {key}_next TO {key}; ALTER INDEX matching.{index}_next RENAME TO {index}",
                cancellationToken);
        }

        await ExecuteAsync(connection, $"DROP TABLE matching.{MatchTables.CandidateShares}", cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // Table and index names are the constants above, never input. No time limit: building a key over millions of
        // rows takes as long as the region is large (over 30 s nationally), and the job's cancellation stops it.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
