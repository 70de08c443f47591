using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.Matching.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.BulkImport;
using Labor.Vacancies.Content;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Lifecycle;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Vacancies.Pages.Employer;

/// <summary>The employer's own vacancies in every status, with their views, and the actions each status allows.</summary>
[Authorize(Policy = Policies.Employer)]
[RequestSizeLimit(ImportEndpoint.MaxRequestBytes)]
internal sealed class DashboardModel(VacancyLifecycle lifecycle, VacancyImport import, VacanciesDbContext db, ICandidateCounts candidates) : PageModel
{
    public IReadOnlyList<MyVacancy> Vacancies { get; private set; } = [];

    /// <summary>Consenting candidates matching lists per open vacancy.</summary>
    public IReadOnlyDictionary<Guid, int> Candidates { get; private set; } = new Dictionary<Guid, int>();

    public bool HasProfile { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, bool confirmDuplicate, CancellationToken cancellationToken)
    {
        Result<Vacancy> outcome = await lifecycle.PublishAsync(id, confirmDuplicate, User, cancellationToken);
        Message = outcome.Refusal?.Kind switch
        {
            null => "Published",
            RefusalKind.Conflict => "Duplicate",
            RefusalKind.Invalid => "PublishExpired",
            _ => "NotAllowed",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        // Filled through the platform: the hires were recorded on the candidates page (a placement each) before closing.
        VacancyClosing closing = reason switch
        {
            "filled" => VacancyClosing.Because(ClosedReason.Filled),
            "filled-outside" => VacancyClosing.Because(ClosedReason.Filled) with { FilledFromOutside = true },
            _ => VacancyClosing.Because(ClosedReason.Withdrawn),
        };
        Result<Vacancy> outcome = await lifecycle.CloseAsync(id, closing, User, cancellationToken);
        Message = outcome.Refusal is null ? "Closed" : "NotAllowed";
        return RedirectToPage();
    }

    public VacancyImportReport? Import { get; private set; }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length > ImportEndpoint.MaxFileBytes)
        {
            Message = file is null ? "ChooseFile" : "FileTooLarge";
            return RedirectToPage();
        }

        await using (Stream content = file.OpenReadStream())
        {
            Import = await import.ImportAsync(content, file.FileName, User, cancellationToken);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Guid organisation = User.OrganisationId()!.Value;
        Vacancies = await MyVacancy.ListAsync(db, organisation, cancellationToken);
        Candidates = await candidates.CountAsync([.. Vacancies.Select(v => v.Id)], cancellationToken);
        HasProfile = await db.Organisations.FindAsync([organisation], cancellationToken) is not null;
    }
}
