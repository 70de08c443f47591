using System.Globalization;
using System.Numerics;
using Labor.BuildingBlocks.Csv;
using Labor.Reference.Contracts;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.BulkImport;

/// <summary>
/// The employer's vacancy spreadsheet, one vacancy per row, columns found by name (see the example file). Occupations
/// and skills may be given by name or URI; lists are separated by '|'.
/// </summary>
internal static class VacancyCsv
{
    public const int MaxRows = 1000;

    public static readonly string[] Required =
    [
        "title", "description", "occupation", "essentialSkills", "hoursMin", "hoursMax", "contractType", "workplaceMode", "validThrough", "howToApply",
    ];

    public static IReadOnlyList<(int Row, VacancyRequest Request)> Read(Stream content, string file, IVocabulary vocabulary, ImportErrors errors)
    {
        var requests = new List<(int, VacancyRequest)>();
        foreach (CsvRow row in CsvTable.Read(content, file, Required, errors))
        {
            if (requests.Count == MaxRows)
            {
                errors.Add(new ImportError(file, row.Number, null, $"at most {MaxRows} vacancies per file"));
                break;
            }

            requests.Add((row.Number, Request(row, vocabulary)));
        }

        return requests;
    }

    private static VacancyRequest Request(CsvRow row, IVocabulary vocabulary)
    {
        string? occupation = row.Optional("occupation");
        return new VacancyRequest(
            row.Optional("title"),
            row.Optional("description"),
            VocabularyNames.Occupation(vocabulary, occupation, Language.Nl) ?? occupation,
            [.. Skills(row, "essentialSkills", true, vocabulary), .. Skills(row, "optionalSkills", false, vocabulary)],
            row.List("sectorTables") is { Length: > 0 } tables ? tables : null,
            row.Optional("minimumEducation"),
            Flag(row, "experienceReplacesEducation"),
            Number<int>(row, "hoursMin"),
            Number<int>(row, "hoursMax"),
            row.Optional("contractType"),
            new WorkplaceRequest(row.Optional("workplaceMode"), row.Optional("postcode"), row.Optional("municipality")),
            row.Optional("salaryMin") is null && row.Optional("salaryMax") is null
                ? null
                : new SalaryRequest(Number<decimal>(row, "salaryMin"), Number<decimal>(row, "salaryMax"), row.Optional("salaryPeriod")),
            Number<int>(row, "openings"),
            Date(row, "validThrough"),
            row.Optional("howToApply"),
            Draft: string.Equals(row.Optional("status"), "draft", StringComparison.OrdinalIgnoreCase),
            ConfirmDuplicate: Flag(row, "confirmDuplicate"));
    }

    /// <summary>A name that matches no skill is kept as written, so the validator names it as an unknown skill.</summary>
    private static IEnumerable<SkillChoice> Skills(CsvRow row, string column, bool essential, IVocabulary vocabulary) =>
        row.List(column).Select(name => new SkillChoice(VocabularyNames.Skill(vocabulary, name, Language.Nl) ?? name, essential));

    private static T? Number<T>(CsvRow row, string column) where T : struct, INumber<T>
    {
        string? value = row.Optional(column);
        if (value is null)
        {
            return null;
        }

        if (T.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out T number))
        {
            return number;
        }

        row.Fail(column, $"'{value}' is not a number");
        return null;
    }

    private static DateOnly? Date(CsvRow row, string column)
    {
        string? value = row.Optional(column);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        row.Fail(column, $"'{value}' is not a date (use 2026-12-31 or 31-12-2026)");
        return null;
    }

    private static bool? Flag(CsvRow row, string column) => row.Optional(column)?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "ja" or "yes" or "1" => true,
        "false" or "nee" or "no" or "0" => false,
        var other => Fail(row, column, $"'{other}' is not yes or no"),
    };

    private static bool? Fail(CsvRow row, string column, string message)
    {
        row.Fail(column, message);
        return null;
    }
}
