using System.Globalization;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Microsoft.AspNetCore.Http;
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
    // From the query string only: the route values hold a "page" too (the Razor page's name), which bound first and,
    // not being a number, left every request on page 1.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

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

    /// <summary>
    /// This page's address with the same search and another page number. Written out rather than through Url.Page:
    /// "page" is the route value that names a Razor page, so Url.Page dropped the number (every link led to page 1),
    /// and routing's link generation, twenty times per answer, was a tenth of the page's cost.
    /// </summary>
    public string PageLink(int page)
    {
        var search = new List<KeyValuePair<string, string?>>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                search.Add(new(name, Convert.ToString(value, CultureInfo.InvariantCulture)));
            }
        }

        Add("q", Q);
        Add("sector", Sector);
        Add("municipality", Municipality);
        Add("radiusKm", RadiusKm);
        Add("hours", Hours);
        Add("page", page);
        return Request.PathBase + Request.Path + QueryString.Create(search);
    }

    public static string LocalDate(DateTimeOffset? moment) =>
        moment is null ? "" : TimeZoneInfo.ConvertTime(moment.Value, DutchTime.Zone).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
