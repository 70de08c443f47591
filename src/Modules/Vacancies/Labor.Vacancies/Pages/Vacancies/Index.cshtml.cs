using System.Globalization;
using Labor.BuildingBlocks.Modules;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Vacancies.Pages.Vacancies;

internal sealed class IndexModel(VacanciesDbContext db) : PageModel
{
    public IReadOnlyList<VacancyResponse> Vacancies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Vacancies = await BrowseVacancies.LatestAsync(db, cancellationToken);

    public static string LocalDate(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, DutchTime.Zone).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
