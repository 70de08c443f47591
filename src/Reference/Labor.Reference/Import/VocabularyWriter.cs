using Labor.Reference.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Labor.Reference.Import;

/// <summary>
/// Writes a checked batch in one transaction: binary COPY into temporary tables, then one upsert per table. Nothing is
/// deleted but the relations of the occupations the batch relates and, for a catalogue, the courses it no longer lists;
/// vacancies and profiles may name any concept an earlier import brought. A language the batch lacks keeps its labels.
/// </summary>
internal static class VocabularyWriter
{
    private static readonly CopyColumn<IscoGroupRow>[] IscoColumns =
    [
        new("code", NpgsqlDbType.Text, g => g.Code),
        new("label_nl", NpgsqlDbType.Text, g => g.LabelNl),
        new("label_en", NpgsqlDbType.Text, g => g.LabelEn),
    ];

    private static readonly CopyColumn<SkillRow>[] SkillColumns =
    [
        new("uri", NpgsqlDbType.Text, s => s.Uri),
        new("is_group", NpgsqlDbType.Boolean, s => s.IsGroup),
        new("skill_type", NpgsqlDbType.Text, s => s.SkillType),
        new("reuse_level", NpgsqlDbType.Text, s => s.ReuseLevel),
        new("broader_uri", NpgsqlDbType.Text, s => s.BroaderUri),
        new("label_nl", NpgsqlDbType.Text, s => s.LabelNl),
        new("label_en", NpgsqlDbType.Text, s => s.LabelEn),
        new("alt_labels_nl", CopyColumn<SkillRow>.TextArray, s => s.AltLabelsNl),
        new("alt_labels_en", CopyColumn<SkillRow>.TextArray, s => s.AltLabelsEn),
        new("hidden_labels_nl", CopyColumn<SkillRow>.TextArray, s => s.HiddenLabelsNl),
        new("hidden_labels_en", CopyColumn<SkillRow>.TextArray, s => s.HiddenLabelsEn),
        new("replaced_by", NpgsqlDbType.Text, s => s.ReplacedBy),
    ];

    private static readonly CopyColumn<OccupationRow>[] OccupationColumns =
    [
        new("uri", NpgsqlDbType.Text, o => o.Uri),
        new("isco_code", NpgsqlDbType.Varchar, o => o.IscoCode),
        new("label_nl", NpgsqlDbType.Text, o => o.LabelNl),
        new("label_en", NpgsqlDbType.Text, o => o.LabelEn),
        new("alt_labels_nl", CopyColumn<OccupationRow>.TextArray, o => o.AltLabelsNl),
        new("alt_labels_en", CopyColumn<OccupationRow>.TextArray, o => o.AltLabelsEn),
        new("hidden_labels_nl", CopyColumn<OccupationRow>.TextArray, o => o.HiddenLabelsNl),
        new("hidden_labels_en", CopyColumn<OccupationRow>.TextArray, o => o.HiddenLabelsEn),
        new("sector_overrides", CopyColumn<OccupationRow>.TextArray, o => o.SectorOverrides),
    ];

    private static readonly CopyColumn<OccupationSkillRow>[] RelationColumns =
    [
        new("occupation_uri", NpgsqlDbType.Text, r => r.OccupationUri),
        new("skill_uri", NpgsqlDbType.Text, r => r.SkillUri),
        new("essential", NpgsqlDbType.Boolean, r => r.Essential),
        new("source", NpgsqlDbType.Text, r => r.Source),
    ];

    private static readonly CopyColumn<SkillRelationRow>[] SkillRelationColumns =
    [
        new("skill_uri", NpgsqlDbType.Text, r => r.SkillUri),
        new("related_uri", NpgsqlDbType.Text, r => r.RelatedUri),
        new("essential", NpgsqlDbType.Boolean, r => r.Essential),
    ];

    private static readonly CopyColumn<KeyValuePair<string, string>>[] OccupationBroaderColumns =
    [
        new("uri", NpgsqlDbType.Text, pair => pair.Key),
        new("broader_uri", NpgsqlDbType.Text, pair => pair.Value),
    ];

    private static readonly CopyColumn<CourseRow>[] CourseColumns =
    [
        new("id", NpgsqlDbType.Text, c => c.Id),
        new("title_nl", NpgsqlDbType.Text, c => c.TitleNl),
        new("title_en", NpgsqlDbType.Text, c => c.TitleEn),
        new("provider", NpgsqlDbType.Text, c => c.Provider),
        new("education_level", NpgsqlDbType.Text, c => c.EducationLevel),
        new("duration_hours", NpgsqlDbType.Integer, c => c.DurationHours),
        new("voucher", NpgsqlDbType.Boolean, c => c.Voucher),
        new("sector_tables", CopyColumn<CourseRow>.TextArray, c => c.SectorTables),
        new("skills", CopyColumn<CourseRow>.TextArray, c => c.Skills),
        new("description_nl", NpgsqlDbType.Text, c => c.DescriptionNl),
        new("description_en", NpgsqlDbType.Text, c => c.DescriptionEn),
    ];

    public static async Task WriteAsync(ReferenceDbContext db, VocabularyBatch batch, ImportRecord record, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await Upsert(connection, "isco_groups", "code", IscoColumns, batch.IscoGroups.Values, """
            label_nl = COALESCE(EXCLUDED.label_nl, t.label_nl), label_en = COALESCE(EXCLUDED.label_en, t.label_en)
            """, cancellationToken);
        await Upsert(connection, "skills", "uri", SkillColumns, batch.Skills.Values, """
            is_group = EXCLUDED.is_group,
            skill_type = COALESCE(EXCLUDED.skill_type, t.skill_type),
            reuse_level = COALESCE(EXCLUDED.reuse_level, t.reuse_level),
            broader_uri = COALESCE(EXCLUDED.broader_uri, t.broader_uri),
            replaced_by = EXCLUDED.replaced_by,
            """ + Labels(batch.Additive), cancellationToken);
        await Upsert(connection, "occupations", "uri", OccupationColumns, batch.Occupations.Values, """
            isco_code = EXCLUDED.isco_code,
            sector_overrides = CASE WHEN cardinality(EXCLUDED.sector_overrides) > 0 THEN EXCLUDED.sector_overrides ELSE t.sector_overrides END,
            """ + Labels(batch.Additive), cancellationToken);
        if (batch.OccupationBroader.Count > 0)
        {
            await Copy(connection, "occupations", OccupationBroaderColumns, batch.OccupationBroader, cancellationToken, temporary: "import_occupation_broader");
            await Execute(connection, """
                UPDATE reference.occupations AS t SET broader_uri = b.broader_uri FROM import_occupation_broader AS b WHERE t.uri = b.uri
                """, cancellationToken);
        }

        // An import replaces its source's relations of the occupations (and skills) it relates, and no others.
        if (batch.Relations.Count > 0)
        {
            string names = await Copy(connection, "occupation_skills", RelationColumns, batch.Relations.Values, cancellationToken);
            await using (var delete = new NpgsqlCommand(
                "DELETE FROM reference.occupation_skills WHERE source = $1 AND occupation_uri IN (SELECT occupation_uri FROM import_occupation_skills)", connection))
            {
                delete.Parameters.Add(new NpgsqlParameter { Value = batch.RelationSource });
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await Execute(connection, $"INSERT INTO reference.occupation_skills ({names}) SELECT {names} FROM import_occupation_skills", cancellationToken);
        }

        if (batch.SkillRelations.Count > 0)
        {
            string names = await Copy(connection, "skill_relations", SkillRelationColumns, batch.SkillRelations.Values, cancellationToken);
            await Execute(connection, $"""
                DELETE FROM reference.skill_relations WHERE skill_uri IN (SELECT skill_uri FROM import_skill_relations);
                INSERT INTO reference.skill_relations ({names}) SELECT {names} FROM import_skill_relations;
                """, cancellationToken);
        }

        if (batch.Courses.Count > 0)
        {
            await Upsert(connection, "courses", "id", CourseColumns, batch.Courses.Values, """
                title_nl = EXCLUDED.title_nl, title_en = EXCLUDED.title_en, provider = EXCLUDED.provider,
                education_level = EXCLUDED.education_level, duration_hours = EXCLUDED.duration_hours,
                voucher = EXCLUDED.voucher, sector_tables = EXCLUDED.sector_tables, skills = EXCLUDED.skills,
                description_nl = EXCLUDED.description_nl, description_en = EXCLUDED.description_en
                """, cancellationToken);
            await Execute(connection, "DELETE FROM reference.courses WHERE id NOT IN (SELECT id FROM import_courses)", cancellationToken);
        }

        db.Imports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// An ESCO release replaces a concept's labels in each language it brings (a language it lacks keeps its labels).
    /// The platform's own taxonomy adds to them: its preferred label is shown, and every label ESCO gave stays findable.
    /// </summary>
    private static string Labels(bool additive) => additive
        ? $"""
            label_nl = COALESCE(EXCLUDED.label_nl, t.label_nl),
            label_en = COALESCE(EXCLUDED.label_en, t.label_en),
            {Merged("nl")}, {Merged("en")}
            """
        : """
            label_nl = COALESCE(EXCLUDED.label_nl, t.label_nl),
            label_en = COALESCE(EXCLUDED.label_en, t.label_en),
            alt_labels_nl = CASE WHEN EXCLUDED.label_nl IS NULL THEN t.alt_labels_nl ELSE EXCLUDED.alt_labels_nl END,
            alt_labels_en = CASE WHEN EXCLUDED.label_en IS NULL THEN t.alt_labels_en ELSE EXCLUDED.alt_labels_en END,
            hidden_labels_nl = CASE WHEN EXCLUDED.label_nl IS NULL THEN t.hidden_labels_nl ELSE EXCLUDED.hidden_labels_nl END,
            hidden_labels_en = CASE WHEN EXCLUDED.label_en IS NULL THEN t.hidden_labels_en ELSE EXCLUDED.hidden_labels_en END
            """;

    private static string Merged(string language) => $"""
        alt_labels_{language} = ARRAY(
            SELECT DISTINCT label FROM unnest(t.alt_labels_{language} || EXCLUDED.alt_labels_{language} || ARRAY[t.label_{language}]) AS label
            WHERE label IS NOT NULL AND label <> COALESCE(EXCLUDED.label_{language}, t.label_{language})),
        hidden_labels_{language} = t.hidden_labels_{language}
        """;

    private static async Task Upsert<T>(
        NpgsqlConnection connection, string table, string key, CopyColumn<T>[] columns, IEnumerable<T> rows, string update, CancellationToken cancellationToken)
    {
        string names = await Copy(connection, table, columns, rows, cancellationToken);
        await Execute(connection, $"""
            INSERT INTO reference.{table} AS t ({names}) SELECT {names} FROM import_{table}
            ON CONFLICT ({key}) DO UPDATE SET {update}
            """, cancellationToken);
    }

    /// <returns>The column list, for the statement that moves the rows on.</returns>
    private static async Task<string> Copy<T>(
        NpgsqlConnection connection, string table, CopyColumn<T>[] columns, IEnumerable<T> rows, CancellationToken cancellationToken, string? temporary = null)
    {
        // Table and column names are this class's constants, never input.
        string names = string.Join(", ", columns.Select(c => c.Name));
        temporary ??= $"import_{table}";
        await Execute(connection, $"CREATE TEMPORARY TABLE {temporary} ON COMMIT DROP AS SELECT {names} FROM reference.{table} WITH NO DATA", cancellationToken);
        await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync($"COPY {temporary} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (T row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (CopyColumn<T> column in columns)
            {
                if (column.Value(row) is { } value)
                {
                    await importer.WriteAsync(value, column.Type, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
        return names;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
