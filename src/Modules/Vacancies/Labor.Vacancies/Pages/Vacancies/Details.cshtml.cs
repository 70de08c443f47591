using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Lifecycle;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Labor.Vacancies.Pages.Vacancies;

/// <summary>A vacancy's public page, with its JobPosting data for search engines; its own employers also see drafts.</summary>
internal sealed class DetailsModel(
    VacanciesDbContext db, IVocabulary vocabulary, IReferenceData region, IAuthorizationService authorization, IOptions<PublicUrlOptions> site) : PageModel
{
    public VacancyResponse Vacancy { get; private set; } = null!;

    public string JsonLd { get; private set; } = "";

    public bool Owner { get; private set; }

    public IReferenceData Region => region;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, Owner) = await VisibleVacancy.FindAsync(id, User, authorization, db, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        if (!Owner)
        {
            await db.Vacancies.Where(v => v.Id == id).ExecuteUpdateAsync(set => set.SetProperty(v => v.Views, v => v.Views + 1), cancellationToken);
        }

        Vacancy = await VacancyEndpoints.ResponseAsync(db, vacancy, vocabulary, cancellationToken);
        JsonLd = JobPosting.JsonLd(Vacancy, vocabulary.FindOccupation(Vacancy.Occupation.Uri), region, site.Value.Link($"vacatures/{id}"));
        return Page();
    }
}
