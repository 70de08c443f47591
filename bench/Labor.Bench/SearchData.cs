using System.Globalization;
using System.Text;
using Labor.Reference.Contracts;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;

namespace Labor.Bench;

/// <summary>An occupation of the vocabulary with the names a vacancy title uses for it and its skills' Dutch labels.</summary>
internal sealed record BenchOccupation(Occupation Occupation, string[] Titles, string[] SkillLabels);

/// <summary>
/// Open vacancies as the region's employers write them, from a seeded generator: real occupations with their skills
/// and sector tables, Dutch titles from the occupation's labels, 60–200-word Dutch descriptions in the usual shape
/// (who we are, what you do, what we ask, what we offer), workplaces spread over the municipalities like the
/// registrations (Zwolle largest) within a few km of each centre, about 10 % remote.
/// </summary>
internal sealed class SearchData(IReferenceData region, BenchOccupation[] occupations, Random random, DateTimeOffset now)
{
    /// <summary>Registrations 2020–21 per municipality (domain brief) as weights, and the municipality's postcodes.</summary>
    private static readonly (string Name, int Weight, int FirstPostcode, int Postcodes)[] Places =
    [
        ("Zwolle", 485, 8011, 35), ("Dalfsen", 143, 7721, 2), ("Hardenberg", 92, 7771, 3), ("Kampen", 85, 8261, 6),
        ("Noordoostpolder", 78, 8301, 5), ("Steenwijkerland", 74, 8331, 4), ("Nunspeet", 69, 8071, 2), ("Meppel", 57, 7941, 4),
        ("Dronten", 53, 8251, 6), ("Raalte", 50, 8101, 2), ("Elburg", 47, 8081, 2), ("Zwartewaterland", 46, 8061, 2),
        ("De Wolden", 42, 7921, 1), ("Oldebroek", 37, 8091, 1), ("Hattem", 35, 8051, 1), ("Westerveld", 33, 7991, 1),
        ("Heerde", 24, 8181, 1), ("Ommen", 20, 7731, 1), ("Staphorst", 15, 7951, 1), ("Olst-Wijhe", 14, 8121, 1),
    ];

    private static readonly (int Min, int Max, int Weight)[] Hours =
    [
        (36, 40, 20), (32, 40, 18), (38, 40, 8), (24, 32, 14), (20, 32, 8), (16, 24, 10), (12, 20, 6), (8, 16, 4), (32, 36, 6), (24, 36, 6),
    ];

    private static readonly (ContractType Type, int Weight)[] Contracts =
    [
        (ContractType.Permanent, 40), (ContractType.Temporary, 35), (ContractType.TempAgency, 12), (ContractType.Apprenticeship, 5),
        (ContractType.Internship, 3), (ContractType.Freelance, 5),
    ];

    /// <summary>The education a vacancy asks, by the occupation's ISCO major group (1 managers … 9 elementary work).</summary>
    private static readonly Dictionary<char, (string Code, int Weight)[]> EducationByIsco = new()
    {
        ['1'] = [("hbo", 50), ("mbo4", 30), ("wo-bachelor", 10), ("wo-master", 10)],
        ['2'] = [("hbo", 60), ("wo-master", 20), ("wo-bachelor", 10), ("mbo4", 10)],
        ['3'] = [("mbo4", 50), ("hbo", 20), ("mbo3", 20), ("ad", 10)],
        ['4'] = [("mbo3", 40), ("mbo4", 35), ("mbo2", 25)],
        ['5'] = [("mbo2", 45), ("mbo3", 25), ("none", 15), ("mbo1", 15)],
        ['6'] = [("mbo2", 50), ("mbo3", 25), ("none", 25)],
        ['7'] = [("mbo2", 40), ("mbo3", 40), ("mbo4", 10), ("none", 10)],
        ['8'] = [("mbo2", 40), ("none", 40), ("mbo3", 20)],
        ['9'] = [("none", 60), ("mbo1", 25), ("mbo2", 15)],
    };

    private static readonly string[] Kinds =
    [
        "Bouwbedrijf", "Installatiebedrijf", "Transportbedrijf", "Zorggroep", "Kinderopvang", "Bakkerij", "Hoveniersbedrijf", "Autobedrijf",
        "Drukkerij", "Webbureau", "Hotel", "Restaurant", "Camping", "Metaalbewerking", "Technisch Bureau", "Schildersbedrijf", "Loonbedrijf",
        "Zuivelfabriek", "Logistiek Centrum", "Adviesbureau", "Thuiszorg", "Scholengroep", "Uitzendbureau", "Energiebedrijf", "Webshop",
    ];

    private static readonly string[] Families =
    [
        "Van der Veen", "Jansen", "Bakker", "De Vries", "Visser", "Mulder", "Smit", "Meijer", "Hoekstra", "Kok", "Brouwer", "Dijkstra",
        "Nijboer", "Van Dijk", "Kamphuis", "Ten Brinke", "Klaassen", "Schuurman", "Boersma", "Wolters", "Lubbers", "Groothuis", "Nijland",
        "Oosterhof", "IJsselland", "Vechtdal", "Salland", "De Kop van Overijssel", "Veluwe", "Het Noorden",
    ];

    private static readonly string[] Intros =
    [
        "Wij zoeken een enthousiaste {0} voor onze vestiging in {1}.",
        "Ben jij de {0} die ons team in {1} komt versterken?",
        "Voor een groeiend bedrijf in {1} zijn wij op zoek naar een {0}.",
        "Heb jij ervaring als {0} of wil je het vak leren? Dan zoeken wij jou!",
        "Ons team in {1} breidt uit. Daarom zoeken wij per direct een {0}.",
    ];

    private static readonly string[] Company =
    [
        "Wij zijn een familiebedrijf met ruim {2} medewerkers en een lange geschiedenis in de regio.",
        "Onze organisatie is actief in de regio Zwolle en groeit al jaren.",
        "Bij ons werk je in een hecht team waarin iedereen elkaar helpt.",
        "Wij werken voor klanten in heel Overijssel, Flevoland, Gelderland en Drenthe.",
        "Duurzaamheid en vakmanschap staan bij ons voorop.",
        "De sfeer is informeel en de lijnen zijn kort.",
        "Wij investeren in goede mensen en moderne middelen.",
        "Elke dag zetten wij ons in voor tevreden klanten en cliënten.",
    ];

    private static readonly string[] Asks =
    [
        "Je bent flexibel, betrouwbaar en werkt graag in een team.",
        "Ervaring is een pré, maar geen vereiste.",
        "Je beheerst de Nederlandse taal goed in woord en geschrift.",
        "Je bent bereid om af en toe in het weekend te werken.",
        "Je hebt een rijbewijs B en eigen vervoer.",
        "Je bent leergierig en neemt graag verantwoordelijkheid.",
        "Je werkt zelfstandig en nauwkeurig, ook als het druk is.",
        "Je bent klantvriendelijk en communicatief vaardig.",
    ];

    private static readonly string[] Offers =
    [
        "Goede secundaire arbeidsvoorwaarden, zoals een pensioenregeling en reiskostenvergoeding.",
        "Ruimte voor opleiding en persoonlijke ontwikkeling.",
        "Een prettige werkplek met fijne collega's.",
        "Vakantiegeld en een eindejaarsuitkering.",
        "Een fiets van de zaak of een leaseauto.",
        "Een opleidingsbudget voor cursussen en trainingen.",
        "Flexibele werktijden in overleg.",
    ];

    private static readonly string[] Closings =
    [
        "Herken jij jezelf in dit profiel? Solliciteer dan direct!",
        "Heb je vragen over deze vacature? Bel of mail ons gerust.",
        "Een proefdag behoort tot de mogelijkheden.",
        "Wij ontvangen je sollicitatie graag voor het einde van de maand.",
    ];

    private readonly int _totalWeight = Places.Sum(p => p.Weight);

    public Organisation[] Organisations(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            (string place, string postcode) = Place();
            string name = random.Next(2) == 0
                ? $"{Pick(Kinds)} {Pick(Families)}"
                : $"{Pick(Kinds)} {place}";
            string slug = new([.. name.ToLowerInvariant().Where(char.IsLetter)]);
            return Organisation.Register(Guid.CreateVersion7(now.AddDays(-400 + i)), new OrganisationProfile(
                $"{name} ({i + 1})", (10_000_000 + random.Next(90_000_000)).ToString(CultureInfo.InvariantCulture), $"Industrieweg {random.Next(1, 120)}",
                postcode, place, "P&O", $"vacatures@{slug}.example", null), now.AddDays(-400 + i));
        })];

    public Vacancy NextVacancy(Organisation[] organisations)
    {
        BenchOccupation occupation = occupations[random.Next(occupations.Length)];
        // A few organisations publish many vacancies, most a handful.
        Organisation organisation = organisations[(int)(organisations.Length * Math.Pow(random.NextDouble(), 2))];
        (int hoursMin, int hoursMax, _) = random.Weighted(Hours, h => h.Weight);
        ContractType contract = random.Weighted(Contracts, c => c.Weight).Type;
        string education = random.Weighted(EducationByIsco.GetValueOrDefault(occupation.Occupation.IscoCode.FirstOrDefault(), EducationByIsco['5']), e => e.Weight).Code;
        int rank = region.FindEducationLevel(education)!.Rank;
        Workplace workplace = PickWorkplace(organisation.Municipality);
        string place = workplace.Municipality ?? organisation.Municipality;
        string title = Title(occupation, place, hoursMin, hoursMax, contract);
        Salary? salary = random.NextDouble() < 0.7 ? PickSalary(rank, contract) : null;
        (string html, string text) = Description.Clean(DescriptionHtml(occupation, place, education, hoursMin, hoursMax, salary));
        DateTimeOffset published = now.AddDays(-random.NextDouble() * 60);
        var content = new VacancyContent
        {
            Title = title,
            DescriptionHtml = html,
            DescriptionText = text,
            OccupationUri = occupation.Occupation.Uri,
            EssentialSkills = [.. occupation.Occupation.Skills.Where(s => s.Essential).Select(s => s.SkillUri)],
            OptionalSkills = [.. occupation.Occupation.Skills.Where(s => !s.Essential && random.NextDouble() < 0.6).Select(s => s.SkillUri)],
            SectorTables = [.. occupation.Occupation.SectorTables],
            MinimumEducation = education,
            ExperienceReplacesEducation = random.NextDouble() < 0.4,
            HoursMin = hoursMin,
            HoursMax = hoursMax,
            ContractType = contract,
            Workplace = workplace,
            Salary = salary,
            Openings = random.NextDouble() < 0.7 ? 1 : random.Next(2, 6),
            ValidThrough = DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(1, 91)),
            HowToApply = $"Stuur je cv en motivatie naar {organisation.ContactEmail}.",
        };
        var vacancy = Vacancy.Draft(organisation.Id, content, published.AddHours(-random.Next(0, 72)));
        vacancy.Publish(published);
        return vacancy;
    }

    private string Title(BenchOccupation occupation, string place, int hoursMin, int hoursMax, ContractType contract)
    {
        string title = Pick(occupation.Titles);
        double roll = random.NextDouble();
        if (roll < 0.15)
        {
            title = $"{Pick(["ervaren", "junior", "senior", "allround", "zelfstandig", "leerling"])} {title}";
        }

        roll = random.NextDouble();
        title = roll switch
        {
            < 0.25 => $"{title} {place}",
            < 0.35 => $"{title} ({hoursMin}-{hoursMax} uur)",
            < 0.45 => $"{title} {(hoursMax <= 32 ? "parttime" : "fulltime")}",
            < 0.50 when contract == ContractType.Apprenticeship => $"{title} (BBL)",
            _ => title,
        };
        title = char.ToUpperInvariant(title[0]) + title[1..];
        return title.Length <= Vacancy.TitleMaxLength ? title : title[..Vacancy.TitleMaxLength];
    }

    private string DescriptionHtml(BenchOccupation occupation, string place, string education, int hoursMin, int hoursMax, Salary? salary)
    {
        string label = occupation.Occupation.Label.Nl;
        var intro = new List<string> { string.Format(CultureInfo.InvariantCulture, Pick(Intros), label, place, random.Next(8, 400)) };
        var tasks = new List<string>();
        var asks = new List<string> { $"Minimaal {region.FindEducationLevel(education)!.Name} of aantoonbaar gelijkwaardig werk- en denkniveau." };
        var offers = new List<string>
        {
            salary is null
                ? "Een marktconform salaris."
                : $"Een salaris van € {salary.Min:N0} tot € {salary.Max:N0} bruto per {(salary.Period == SalaryPeriod.Hour ? "uur" : "maand")}.",
            $"Een baan voor {hoursMin} tot {hoursMax} uur per week.",
        };
        var closing = new List<string> { Pick(Closings) };
        string[] skills = [.. occupation.SkillLabels.OrderBy(_ => random.Next())];
        int target = random.Next(60, 201);
        int next = 0;
        // Add a sentence or list item at a time, round the sections, until the description is as long as wanted.
        while (Words(intro, tasks, asks, offers, closing) < target)
        {
            switch (next++ % 4)
            {
                case 0:
                    intro.Add(string.Format(CultureInfo.InvariantCulture, Pick(Company), label, place, random.Next(8, 400)));
                    break;
                case 1 when tasks.Count < skills.Length:
                    tasks.Add(char.ToUpperInvariant(skills[tasks.Count][0]) + skills[tasks.Count][1..] + ".");
                    break;
                case 1:
                case 2:
                    asks.Add(Pick(Asks));
                    break;
                default:
                    offers.Add(Pick(Offers));
                    break;
            }

            if (next > 40)
            {
                break;
            }
        }

        var html = new StringBuilder();
        html.Append("<p>").Append(string.Join(' ', intro)).Append("</p>");
        Section(html, $"Wat ga je doen als {label}?", tasks);
        Section(html, "Wat vragen wij?", asks.Distinct());
        Section(html, "Wat bieden wij?", offers.Distinct());
        html.Append("<p>").Append(string.Join(' ', closing)).Append("</p>");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string heading, IEnumerable<string> items)
    {
        string[] list = [.. items];
        if (list.Length == 0)
        {
            return;
        }

        html.Append("<h3>").Append(heading).Append("</h3><ul>");
        foreach (string item in list)
        {
            html.Append("<li>").Append(System.Net.WebUtility.HtmlEncode(item)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static int Words(params List<string>[] sections) =>
        sections.Sum(section => section.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));

    private Salary PickSalary(int educationRank, ContractType contract)
    {
        if (contract == ContractType.TempAgency)
        {
            decimal hourly = Math.Round(14m + (1.5m * educationRank) + (decimal)(random.NextDouble() * 3), 2);
            return new Salary(hourly, hourly + Math.Round((decimal)(random.NextDouble() * 4), 2), SalaryPeriod.Hour);
        }

        decimal min = Math.Round((2150m + (300m * educationRank)) * (0.9m + (decimal)(random.NextDouble() * 0.2)) / 50) * 50;
        return new Salary(min, Math.Round(min * (1.15m + (decimal)(random.NextDouble() * 0.25)) / 50) * 50, SalaryPeriod.Month);
    }

    /// <summary>Onsite or hybrid within about 4 km of the centre of its municipality (mostly the employer's), or remote.</summary>
    private Workplace PickWorkplace(string employerMunicipality)
    {
        double roll = random.NextDouble();
        if (roll < 0.10)
        {
            return new Workplace(WorkplaceMode.Remote, null, null, null, null, Geocoded: false);
        }

        (string place, string postcode) = random.NextDouble() < 0.7 ? (employerMunicipality, Postcode(employerMunicipality)) : Place();
        GeoPoint centre = region.FindMunicipality(place)!.Centre;
        double distanceKm = 4 * Math.Sqrt(random.NextDouble());
        double angle = random.NextDouble() * 2 * Math.PI;
        double latitude = centre.Latitude + (distanceKm * Math.Cos(angle) / 111.2);
        double longitude = centre.Longitude + (distanceKm * Math.Sin(angle) / (111.2 * Math.Cos(centre.Latitude * Math.PI / 180)));
        return new Workplace(roll < 0.25 ? WorkplaceMode.Hybrid : WorkplaceMode.Onsite, postcode, place,
            Math.Round(latitude, 6), Math.Round(longitude, 6), Geocoded: true);
    }

    private (string Name, string Postcode) Place()
    {
        int pick = random.Next(_totalWeight);
        foreach (var place in Places)
        {
            if ((pick -= place.Weight) < 0)
            {
                return (place.Name, Postcode(place.Name));
            }
        }

        throw new InvalidOperationException("Weights add up.");
    }

    private string Postcode(string municipality)
    {
        var place = Places.First(p => p.Name == municipality);
        const string letters = "ABCDEGHJKLMNPRTVWXZ";
        return string.Create(CultureInfo.InvariantCulture,
            $"{place.FirstPostcode + random.Next(place.Postcodes)} {letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}");
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
