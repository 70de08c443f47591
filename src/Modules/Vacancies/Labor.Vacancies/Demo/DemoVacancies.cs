using Labor.BuildingBlocks.Modules;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
using Labor.Vacancies.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Demo;

/// <summary>A handful of vacancies so a fresh demo has something to show; published the normal way, events included.</summary>
internal static class DemoVacancies
{
    private const string Esco = "http://data.europa.eu/esco/occupation/";

    /// <summary>An employer asks for some of what an occupation brings (ESCO lists dozens): essential and Dutch-labelled ones first.</summary>
    private const int DemoSkills = 12;

    private static IEnumerable<SkillRequirement> Asked(Occupation occupation, IVocabulary vocabulary) =>
        occupation.Skills
            .OrderByDescending(s => s.Essential)
            .ThenBy(s => vocabulary.FindSkill(s.SkillUri)?.Label.NlMissing ?? true)
            .Take(DemoSkills);

    private static readonly (string Title, string Occupation, string Municipality, int HoursMin, int HoursMax, string Education)[] Samples =
    [
        ("Verpleegkundige wijkteam", "8d3e8aaa-791b-4c75-a465-f3f827028f50", "Zwolle", 24, 32, "mbo4"),
        ("Monteur zonnepanelen", "75b63949-1b93-4bf2-a777-ccf978dc3e8a", "Kampen", 32, 40, "mbo2"),
        ("Chauffeur CE distributie", "45037d43-a8f5-4f46-b332-b2935bc305f4", "Meppel", 36, 40, "none"),
        ("Docent techniek mbo", "46354077-416f-4440-a0c3-dddee9031c05", "Hardenberg", 24, 36, "hbo"),
        ("Webdeveloper e-commerce", "c40a2919-48a9-40ea-b506-1f34f693496d", "Zwolle", 32, 40, "mbo4"),
        ("Timmerman renovatie", "2a22ff9e-de3b-408d-b312-5034896cc4f4", "Raalte", 38, 40, "mbo2"),
        ("Procesoperator zuivel", "9aeefea6-11c3-4479-b703-902ee84787d7", "Dalfsen", 32, 40, "mbo3"),
        ("Grafisch vormgever", "69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2", "Steenwijkerland", 24, 32, "mbo4"),
        ("Recreatiebegeleider vakantiepark", "234be692-befb-41df-bdf0-e1b2f4eaf5e7", "Ommen", 16, 32, "mbo2"),
    ];

    public static async Task SeedAsync(VacanciesDbContext db, IReferenceData region, IVocabulary vocabulary, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Vacancies.AnyAsync(cancellationToken))
        {
            return;
        }

        DateTimeOffset now = time.GetUtcNow();
        db.Organisations.Add(Organisation.Register(DemoIds.Organisation, new OrganisationProfile(
            "Zorggroep De IJssel (demo)", "12345678", "Voorbeeldstraat 1", "8011 PK", "Zwolle", "Demo Werkgever", "werkgever@labor.example", null), now));
        foreach (var sample in Samples)
        {
            Occupation occupation = vocabulary.FindOccupation(Esco + sample.Occupation)
                ?? throw new InvalidOperationException($"The demo occupation {sample.Occupation} is not in the vocabulary.");
            Municipality place = region.FindMunicipality(sample.Municipality)!;
            (string html, string text) = Description.Clean(
                $"Wij zoeken een {sample.Title.ToLowerInvariant()} in {place.Name}.\n\nJe werkt in een hecht team en krijgt ruimte om te leren. Ervaring in een andere sector? Juist welkom.");
            var content = new VacancyContent
            {
                Title = sample.Title,
                DescriptionHtml = html,
                DescriptionText = text,
                OccupationUri = occupation.Uri,
                EssentialSkills = [.. Asked(occupation, vocabulary).Where(s => s.Essential).Select(s => s.SkillUri)],
                OptionalSkills = [.. Asked(occupation, vocabulary).Where(s => !s.Essential).Select(s => s.SkillUri)],
                SectorTables = [.. occupation.SectorTables],
                MinimumEducation = sample.Education,
                ExperienceReplacesEducation = true,
                HoursMin = sample.HoursMin,
                HoursMax = sample.HoursMax,
                ContractType = ContractType.Permanent,
                Workplace = new Workplace(WorkplaceMode.Onsite, null, place.Name, place.Centre.Latitude, place.Centre.Longitude, Geocoded: false),
                ValidThrough = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(2),
                HowToApply = "Stuur je cv naar werkgever@labor.example.",
            };
            var vacancy = Vacancy.Draft(DemoIds.Organisation, content, now);
            db.Vacancies.Add(vacancy);
            vacancy.Publish(now);
            VacancyOutbox.Published(db, vacancy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
