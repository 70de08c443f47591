using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Publish;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies;

/// <summary>A handful of vacancies so a fresh demo has something to show; published the normal way, events included.</summary>
internal static class DemoVacancies
{
    private static readonly (string Title, string Sector, string Municipality)[] Samples =
    [
        ("Verpleegkundige wijkteam", "Zorg & Welzijn", "Zwolle"),
        ("Monteur zonnepanelen", "Techniek & Energietransitie", "Kampen"),
        ("Chauffeur CE distributie", "Transport & Logistiek", "Meppel"),
        ("Leraar Nederlands (tweedegraads)", "Onderwijs", "Hardenberg"),
        ("Webdeveloper e-commerce", "E-commerce & IT", "Zwolle"),
        ("Timmerman renovatie", "Bouw", "Raalte"),
        ("Medewerker productie zuivel", "Agri & Food", "Dalfsen"),
        ("Grafisch vormgever", "Creatieve industrie", "Steenwijkerland"),
        ("Gastheer/gastvrouw recreatiepark", "Vrijetijdseconomie", "Ommen"),
    ];

    public static async Task SeedAsync(VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Vacancies.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (title, sector, municipality) in Samples)
        {
            await PublishVacancy.StoreAsync(db, Vacancy.Publish(title, sector, municipality, time.GetUtcNow()), cancellationToken);
        }
    }
}
