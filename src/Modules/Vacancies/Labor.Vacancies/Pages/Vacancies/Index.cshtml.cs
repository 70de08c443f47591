using System.Globalization;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Labor.Vacancies.Pages.Vacancies;

/// <summary>The public vacancy search: the same search as the API, from a form that works without script.</summary>
[OutputCache(PolicyName = PublicCache.Search)]
internal sealed class IndexModel(VacancySearch search, IReferenceData region) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public int? RadiusKm { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hours { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public IReferenceData Region => region;

    public VacancySearchResult Result { get; private set; } = new(0, 1, VacancySearchQuery.DefaultPageSize, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Out-of-range input from a hand-edited address is ignored rather than refused: a page should still show something.
        var query = new VacancySearchQuery(
            Q?.Length <= 200 ? Q : null,
            region.FindSectorTable(Sector)?.Name,
            region.FindMunicipality(Municipality)?.Name,
            region.FindMunicipality(Municipality) is null || RadiusKm is not (>= 1 and <= 200) ? null : RadiusKm,
            null,
            Hours is >= 1 and <= 60 ? Hours : null,
            null, null, null, null,
            PageNumber is >= 1 and <= 10_000 ? PageNumber : 1,
            VacancySearchQuery.DefaultPageSize);
        Result = await search.SearchAsync(query, cancellationToken);
    }

    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public string PageLink(int page) => Url.Page("Index", new { q = Q, sector = Sector, municipality = Municipality, radiusKm = RadiusKm, hours = Hours, page })!;

    public static string LocalDate(DateTimeOffset? moment) =>
        moment is null ? "" : TimeZoneInfo.ConvertTime(moment.Value, DutchTime.Zone).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
