using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Tests;

/// <summary>
/// The engine over a small vocabulary, and a forklift driver and a forklift vacancy in Zwolle that fit perfectly:
/// each test changes one thing of them (with <c>with</c>) and looks at what that does to the score.
/// </summary>
internal sealed class World
{
    public static readonly DateOnly ValidThrough = new(2026, 6, 30);

    public static readonly VacancyDetails ForkliftVacancy = new(
        VacancyId: Guid.Parse("00000000-0000-0000-0000-00000000000a"),
        OrganisationId: Guid.Parse("00000000-0000-0000-0000-0000000000e1"),
        Title: "Heftruckchauffeur",
        OccupationUri: Occupations.ForkliftDriver,
        Skills: [new(Skills.Forklift, true), new(Skills.OrderPicking, false), new(Skills.Teamwork, false)],
        SectorTables: [Region.Logistics],
        MinimumEducation: "none",
        ExperienceReplacesEducation: false,
        HoursMin: 32,
        HoursMax: 40,
        ContractType: "permanent",
        WorkplaceMode: "onsite",
        Municipality: "Zwolle",
        Latitude: Region.Zwolle.Latitude,
        Longitude: Region.Zwolle.Longitude,
        ValidThrough: ValidThrough,
        Openings: 1);

    public static readonly JobseekerProfile ForkliftDriver = new(
        Municipality: "Zwolle",
        Latitude: Region.Zwolle.Latitude,
        Longitude: Region.Zwolle.Longitude,
        MaxTravelKm: 25,
        HoursMin: 32,
        HoursMax: 40,
        AvailableFrom: null,
        EducationLevel: "mbo2",
        Experience: [new(Occupations.ForkliftDriver, 5)],
        Skills: [Skills.Forklift, Skills.OrderPicking, Skills.Teamwork],
        SectorTables: [Region.Logistics],
        OpenToOtherSectors: false,
        Situation: "employed",
        DigestFrequency: "daily",
        Fairness: new FairnessTraits(null, null));

    public World()
    {
        Vocabulary = Vocabulary.Sample();
        Concepts = new Concepts(Vocabulary, new Region());
    }

    public Vocabulary Vocabulary { get; }

    public Concepts Concepts { get; }

    /// <summary>A point <paramref name="km"/> east of Zwolle on the platform's flat map.</summary>
    public static (double Latitude, double Longitude) EastOfZwolle(double km) =>
        (Region.Zwolle.Latitude, Region.Zwolle.Longitude + (km / GeoPoint.KmPerDegreeLongitude));

    public VacancyEntry Entry(VacancyDetails vacancy) => EntryFactory.Vacancy(vacancy, Concepts);

    public JobseekerEntry Entry(JobseekerProfile profile) =>
        EntryFactory.Jobseeker(Guid.Parse("00000000-0000-0000-0000-0000000000f1"), profile, consented: true, Concepts)
        ?? throw new InvalidOperationException("The profile says too little to match on.");

    /// <summary>The pair's score, or null when it does not fit: the whole decision, as the nightly run asks it.</summary>
    public Score? Score(JobseekerProfile profile, VacancyDetails vacancy)
    {
        VacancyEntry v = Entry(vacancy);
        JobseekerEntry j = Entry(profile);
        return Score(j, v);
    }

    public Score? Score(JobseekerEntry j, VacancyEntry v)
    {
        var marks = new SkillMarks(Concepts.SkillCount);
        marks.Mark(j, Concepts);
        return Scorer.TryScore(j, marks, v, Concepts, out Score score) ? score : null;
    }
}
