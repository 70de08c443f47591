using Labor.Jobseekers.Contracts;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Bench;

/// <summary>A generated jobseeker as matching's read model holds one.</summary>
internal sealed record BenchJobseeker(Guid Id, JobseekerProfile Profile, bool Consented);

/// <summary>
/// Jobseekers and open vacancies of the region from a seeded generator, as matching's read model receives them:
/// ESCO's real occupation profiles of the nine sector tables (essential and optional skills), workplaces and homes spread over the 20
/// municipalities like the registrations (Zwolle largest) within a few km of each centre. Ids come from the same
/// seeded stream, so a run sees the same data, the same ties and the same lists every time.
/// </summary>
internal sealed class MatchingData(IReferenceData region, Occupation[] occupations, string[] skills, Random random, DateOnly today)
{
    /// <summary>Registrations 2020–21 per municipality (domain brief) as weights.</summary>
    private static readonly (string Name, int Weight)[] Places =
    [
        ("Zwolle", 485), ("Dalfsen", 143), ("Hardenberg", 92), ("Kampen", 85), ("Noordoostpolder", 78), ("Steenwijkerland", 74),
        ("Nunspeet", 69), ("Meppel", 57), ("Dronten", 53), ("Raalte", 50), ("Elburg", 47), ("Zwartewaterland", 46), ("De Wolden", 42),
        ("Oldebroek", 37), ("Hattem", 35), ("Westerveld", 33), ("Heerde", 24), ("Ommen", 20), ("Staphorst", 15), ("Olst-Wijhe", 14),
    ];

    private static readonly (int Min, int Max, int Weight)[] VacancyHours = [(16, 24, 15), (24, 32, 25), (32, 40, 35), (36, 40, 25)];

    private static readonly (int Min, int Max, int Weight)[] JobseekerHours =
        [(8, 16, 5), (16, 24, 15), (20, 32, 15), (24, 32, 20), (24, 40, 10), (32, 40, 25), (36, 40, 10)];

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

    /// <summary>The working population's highest diploma, roughly: the other 40 % follow their occupation, as vacancies do.</summary>
    private static readonly (string Code, int Weight)[] PopulationEducation =
        [("none", 8), ("mbo1", 4), ("mbo2", 16), ("mbo3", 16), ("mbo4", 20), ("ad", 2), ("hbo", 20), ("wo-bachelor", 4), ("wo-master", 10)];

    private static readonly string[] Situations = ["employed", "self-employed", "uwv-benefit", "social-assistance", "no-benefit"];

    private static readonly string[] AgeBands = ["18-25", "26-35", "36-45", "46-55", "55+"];

    private static readonly string[] Genders = ["woman", "man", "other"];

    private readonly int _totalWeight = Places.Sum(p => p.Weight);

    private readonly Guid[] _organisations = [.. Enumerable.Range(0, 2_000).Select(_ => NextId(random))];

    /// <summary>
    /// ESCO's occupations that belong to a sector table and have a skill profile, as the host's vocabulary serves them,
    /// in URI order so the seeded picks are the same every run.
    /// </summary>
    public static Occupation[] Occupations(IEnumerable<string> uris, IVocabulary vocabulary) =>
        [.. uris.Order(StringComparer.Ordinal).Select(vocabulary.FindOccupation).OfType<Occupation>()
            .Where(o => o.Uri.StartsWith("http://data.europa.eu/esco/occupation/", StringComparison.Ordinal) && o.SectorTables.Count > 0 && o.Skills.Count > 0)];

    /// <summary>The skills people can choose: those of these occupations as search offers them (a replaced regional skill as its ESCO skill).</summary>
    public static string[] Skills(IEnumerable<Occupation> occupations, IVocabulary vocabulary) =>
        [.. occupations.SelectMany(o => o.Skills).Select(s => vocabulary.FindSkill(s.SkillUri)?.Uri).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public VacancyDetails NextVacancy()
    {
        Occupation occupation = Pick(occupations);
        VacancySkill[] vacancySkills =
        [
            .. Shuffled(occupation.Skills.Where(s => s.Essential)).Take(random.Next(3, 7)).Select(s => new VacancySkill(s.SkillUri, true)),
            .. Shuffled(occupation.Skills.Where(s => !s.Essential)).Take(random.Next(2, 5)).Select(s => new VacancySkill(s.SkillUri, false)),
        ];
        (int hoursMin, int hoursMax, _) = random.Weighted(VacancyHours, h => h.Weight);
        string education = random.Weighted(EducationFor(occupation), e => e.Weight).Code;
        bool remote = random.NextDouble() < 0.10;
        (string Name, double Latitude, double Longitude)? place = remote ? null : Point(4);
        return new VacancyDetails(
            NextId(random), Pick(_organisations), occupation.Label.Nl, occupation.Uri, vacancySkills, occupation.SectorTables, education,
            ExperienceReplacesEducation: random.NextDouble() < 0.4, hoursMin, hoursMax, "permanent",
            remote ? "remote" : random.NextDouble() < 0.8 ? "onsite" : "hybrid",
            place?.Name, place?.Latitude, place?.Longitude, today.AddDays(random.Next(7, 91)), Openings: 1);
    }

    public BenchJobseeker NextJobseeker()
    {
        Guid id = NextId(random);
        bool consented = random.NextDouble() < 0.4;
        (string municipality, double latitude, double longitude) = Point(5);
        int maxTravelKm = random.Next(10, 51);
        (int hoursMin, int hoursMax, _) = random.Weighted(JobseekerHours, h => h.Weight);
        DateOnly? availableFrom = random.NextDouble() < 0.15 ? today.AddDays(random.Next(0, 90)) : null;
        var fairness = new FairnessTraits(random.NextDouble() < 0.7 ? Pick(AgeBands) : null, random.NextDouble() < 0.7 ? Pick(Genders) : null);
        string situation = Pick(Situations);
        if (random.NextDouble() < 0.03)
        {
            // Registered, never filled in: nothing to match on.
            return new BenchJobseeker(id, new JobseekerProfile(municipality, latitude, longitude, maxTravelKm, hoursMin, hoursMax, availableFrom,
                null, [], [], [Pick(region.SectorTables).Name], true, situation, "weekly", fairness), consented);
        }

        Occupation[] worked = [.. Enumerable.Range(0, random.NextDouble() < 0.6 ? 1 : 2).Select(_ => Pick(occupations)).DistinctBy(o => o.Uri)];
        WorkExperience[] experience = [.. worked.Select(o => new WorkExperience(o.Uri, random.Next(0, 16)))];
        int count = random.Next(5, 13);
        var own = new HashSet<string>(Shuffled(worked.SelectMany(o => o.Skills).Select(s => s.SkillUri).Distinct()).Take(count - random.Next(0, 3)), StringComparer.Ordinal);
        while (own.Count < count)
        {
            own.Add(Pick(skills)); // a few from elsewhere: hobbies, an earlier job, a course
        }

        // One or two sector tables, the first where the person worked.
        var wishes = new List<string> { Pick(worked[0].SectorTables) };
        string other = Pick(region.SectorTables).Name;
        if (random.NextDouble() < 0.35 && !wishes.Contains(other))
        {
            wishes.Add(other);
        }
        string? education = random.NextDouble() < 0.05 ? null
            : random.NextDouble() < 0.4 ? random.Weighted(EducationFor(worked[0]), e => e.Weight).Code
            : random.Weighted(PopulationEducation, e => e.Weight).Code;
        return new BenchJobseeker(id, new JobseekerProfile(municipality, latitude, longitude, maxTravelKm, hoursMin, hoursMax, availableFrom,
            education, experience, [.. own], wishes, random.NextDouble() < 0.8, situation, "weekly", fairness), consented);
    }

    /// <summary>Version-4-shaped ids from the seeded stream.</summary>
    private static Guid NextId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static (string Code, int Weight)[] EducationFor(Occupation occupation) =>
        EducationByIsco.GetValueOrDefault(occupation.IscoCode.FirstOrDefault(), EducationByIsco['5']);

    /// <summary>A point within <paramref name="radiusKm"/> of a municipality's centre, picked by registrations, to about 0.1 m.</summary>
    private (string Name, double Latitude, double Longitude) Point(double radiusKm)
    {
        int pick = random.Next(_totalWeight);
        string name = Places.First(p => (pick -= p.Weight) < 0).Name;
        GeoPoint centre = region.FindMunicipality(name)!.Centre;
        double distanceKm = radiusKm * Math.Sqrt(random.NextDouble());
        double angle = random.NextDouble() * 2 * Math.PI;
        double latitude = centre.Latitude + (distanceKm * Math.Cos(angle) / 111.2);
        double longitude = centre.Longitude + (distanceKm * Math.Sin(angle) / (111.2 * Math.Cos(centre.Latitude * Math.PI / 180)));
        return (name, Math.Round(latitude, 6), Math.Round(longitude, 6));
    }

    private List<T> Shuffled<T>(IEnumerable<T> items)
    {
        List<T> list = [.. items];
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
