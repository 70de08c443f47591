using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
using Labor.Vacancies.Lifecycle;

namespace Labor.Vacancies.BulkImport;

/// <summary>
/// An employer's CSV of vacancies: every row checked like a single vacancy (the same validator, the same geocoding,
/// the duplicate check also between rows), then all stored and published in one transaction, or none.
/// </summary>
internal sealed class VacancyImport(
    VacanciesDbContext db, IValidator<VacancyRequest> validator, VacancyComposer composer, IVocabulary vocabulary, TimeProvider time)
{
    public async Task<VacancyImportReport> ImportAsync(Stream content, string file, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        IReadOnlyList<(int Row, VacancyRequest Request)> rows = VacancyCsv.Read(content, file, vocabulary, errors);
        if (rows.Count == 0 && !errors.Any)
        {
            errors.Add(new ImportError(file, null, null, "the file has no vacancies"));
        }

        Guid organisation = employer.OrganisationId()!.Value;
        var vacancies = new List<(int Row, Vacancy Vacancy, bool Confirm, bool Draft)>();
        foreach ((int row, VacancyRequest request) in rows)
        {
            ValidationResult validation = await validator.ValidateAsync(request, cancellationToken);
            // A value the file could not even be read as (a number, a date) is reported once, by the reader.
            HashSet<string?> unreadable = [.. errors.All.Where(e => e.Row == row).Select(e => e.Field)];
            foreach (ValidationFailure failure in validation.Errors.Where(f => !unreadable.Contains(ValidationNames.JsonPath(f.PropertyName))))
            {
                errors.Add(new ImportError(file, row, ValidationNames.JsonPath(failure.PropertyName), failure.ErrorMessage));
            }

            if (!validation.IsValid || errors.Full)
            {
                continue;
            }

            ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
            if (composed.Content is null)
            {
                foreach ((string field, string[] messages) in composed.Errors!)
                {
                    errors.Add(new ImportError(file, row, field, string.Join(" ", messages)));
                }

                continue;
            }

            vacancies.Add((row, Vacancy.Draft(organisation, composed.Content, time.GetUtcNow()), request.ConfirmDuplicate == true, request.Draft == true));
        }

        if (!errors.Any)
        {
            await CheckDuplicatesAsync(file, vacancies, errors, cancellationToken);
        }

        if (errors.Any)
        {
            return new VacancyImportReport(0, errors.All);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach ((_, Vacancy vacancy, _, bool draft) in vacancies)
        {
            db.Vacancies.Add(vacancy);
            if (!draft)
            {
                vacancy.Publish(time.GetUtcNow());
                VacancyOutbox.Published(db, vacancy);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new VacancyImportReport(vacancies.Count, []);
    }

    /// <summary>A row may not nearly repeat an open vacancy, nor an earlier row, unless it says confirmDuplicate.</summary>
    private async Task CheckDuplicatesAsync(string file, List<(int Row, Vacancy Vacancy, bool Confirm, bool Draft)> vacancies, ImportErrors errors, CancellationToken cancellationToken)
    {
        for (int i = 0; i < vacancies.Count; i++)
        {
            (int row, Vacancy vacancy, bool confirm, _) = vacancies[i];
            if (confirm)
            {
                continue;
            }

            if (await DuplicateCheck.FindAsync(db, vacancy, cancellationToken) is { } open)
            {
                errors.Add(new ImportError(file, row, null, $"nearly repeats your open vacancy {open}; add confirmDuplicate=yes to post it anyway"));
            }
            else if (vacancies.Take(i).FirstOrDefault(earlier => DuplicateCheck.Similar(earlier.Vacancy, vacancy)) is { Vacancy: not null } earlier)
            {
                errors.Add(new ImportError(file, row, null, $"nearly repeats row {earlier.Row}; add confirmDuplicate=yes to post it anyway"));
            }
        }
    }
}

/// <param name="Imported">How many vacancies were stored; 0 when there were problems.</param>
internal sealed record VacancyImportReport(int Imported, IReadOnlyList<ImportError> Problems);
