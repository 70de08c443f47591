using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Tests;

/// <summary>
/// The index finds candidates without comparing every pair; it must find exactly the pairs the scorer accepts when it
/// does compare every pair, or a fit goes missing (or a list holds one the rules refuse).
/// </summary>
public sealed class MatchIndexTests
{
    private readonly World _world = new();
    private readonly Random _random = new(19);

    [Fact]
    public void Every_jobseekers_list_holds_exactly_the_pairs_that_score_when_every_pair_is_compared()
    {
        (VacancyEntry[] vacancies, JobseekerEntry[] jobseekers) = RandomRegion();
        HashSet<(int, int, Score)> compared = EveryPair(vacancies, jobseekers);
        var index = new MatchIndex(_world.Concepts, vacancies, jobseekers, DateTimeOffset.UnixEpoch);
        MatchIndex.Workspace work = index.NewWorkspace();

        HashSet<(int, int, Score)> found = [];
        for (int j = 0; j < jobseekers.Length; j++)
        {
            var top = new TopList<Hit>(vacancies.Length);
            index.MatchJobseeker(j, work, top);
            found.UnionWith(top.ToArray().Select(hit => (hit.Jobseeker, hit.Vacancy, hit.Score)));
        }

        compared.Count.ShouldBeGreaterThan(100, "a region where many pairs fit, or the comparison proves little");
        found.ShouldBe(compared, ignoreOrder: true);
    }

    [Fact]
    public void A_new_vacancy_finds_exactly_the_jobseekers_that_score_when_every_pair_is_compared()
    {
        (VacancyEntry[] vacancies, JobseekerEntry[] jobseekers) = RandomRegion();
        HashSet<(int, int, Score)> compared = EveryPair(vacancies, jobseekers);
        var index = new MatchIndex(_world.Concepts, [], jobseekers, DateTimeOffset.UnixEpoch);
        MatchIndex.Workspace work = index.NewWorkspace();

        HashSet<(int, int, Score)> found = [];
        for (int v = 0; v < vacancies.Length; v++)
        {
            index.MatchVacancy(vacancies[v], -1, work, hit => found.Add((hit.Jobseeker, v, hit.Score)));
        }

        found.ShouldBe(compared, ignoreOrder: true);
    }

    private HashSet<(int Jobseeker, int Vacancy, Score Score)> EveryPair(VacancyEntry[] vacancies, JobseekerEntry[] jobseekers)
    {
        HashSet<(int, int, Score)> pairs = [];
        for (int j = 0; j < jobseekers.Length; j++)
        {
            for (int v = 0; v < vacancies.Length; v++)
            {
                if (_world.Score(jobseekers[j], vacancies[v]) is { } score)
                {
                    pairs.Add((j, v, score));
                }
            }
        }

        return pairs;
    }

    /// <summary>Vacancies and people scattered around Zwolle with random skills, occupations, hours and wishes.</summary>
    private (VacancyEntry[] Vacancies, JobseekerEntry[] Jobseekers) RandomRegion()
    {
        VacancyEntry[] vacancies = [.. Enumerable.Range(0, 60).Select(i =>
        {
            (double latitude, double longitude) = Near();
            bool remote = _random.Next(6) == 0;
            int hoursMin = _random.Next(8, 33);
            return _world.Entry(World.ForkliftVacancy with
            {
                VacancyId = Id(1, i),
                OccupationUri = Pick(Occupations.All),
                Skills = [.. Some(Skills.All).Select((uri, n) => new VacancySkill(uri, n == 0 || _random.Next(3) == 0))],
                SectorTables = [Pick([Region.Logistics, Region.Care, Region.ECommerce])],
                MinimumEducation = Pick(["none", "mbo2", "mbo4"]),
                ExperienceReplacesEducation = _random.Next(2) == 0,
                HoursMin = hoursMin,
                HoursMax = hoursMin + _random.Next(0, 9),
                WorkplaceMode = remote ? "remote" : "onsite",
                Latitude = remote ? null : latitude,
                Longitude = remote ? null : longitude,
            });
        })];
        JobseekerEntry[] jobseekers = [.. Enumerable.Range(0, 80).Select(i =>
        {
            (double latitude, double longitude) = Near();
            bool placed = _random.Next(10) != 0;
            int hoursMin = _random.Next(8, 33);
            JobseekerProfile profile = World.ForkliftDriver with
            {
                Latitude = placed ? latitude : null,
                Longitude = placed ? longitude : null,
                MaxTravelKm = _random.Next(5, 40),
                HoursMin = hoursMin,
                HoursMax = hoursMin + _random.Next(0, 9),
                EducationLevel = Pick(["none", "mbo2", "mbo4", "hbo"]),
                Experience = [.. Some(Occupations.All).Select(uri => new WorkExperience(uri, _random.Next(0, 8)))],
                Skills = Some(Skills.All),
                SectorTables = [Pick([Region.Logistics, Region.Care, Region.ECommerce])],
                OpenToOtherSectors = _random.Next(2) == 0,
            };
            return EntryFactory.Jobseeker(Id(2, i), profile, consented: true, _world.Concepts)!;
        })];
        return (vacancies, jobseekers);
    }

    private (double Latitude, double Longitude) Near() =>
        (Region.Zwolle.Latitude + ((_random.NextDouble() - 0.5) * 0.5), Region.Zwolle.Longitude + ((_random.NextDouble() - 0.5) * 0.8));

    private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];

    private string[] Some(string[] choices) => [.. choices.Where(_ => _random.Next(3) == 0).DefaultIfEmpty(Pick(choices))];

    private static Guid Id(int kind, int i) => Guid.Parse($"{kind:D8}-0000-0000-0000-{i:D12}");
}
