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

    /// <summary>The organisation the Accounts module's demo employer acts for, so that employer can manage these.</summary>
    private static readonly Guid DemoOrganisation = Guid.Parse("0195a7c4-3d2e-7000-8000-000000000001");

    public static async Task SeedAsync(VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Vacancies.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (title, sector, municipality) in Samples)
        {
            await PublishVacancy.StoreAsync(db, Vacancy.Publish(DemoOrganisation, title, sector, municipality, time.GetUtcNow()), cancellationToken);
        }
    }
}
