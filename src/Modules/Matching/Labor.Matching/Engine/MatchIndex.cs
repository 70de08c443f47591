namespace Labor.Matching.Engine;

/// <summary>
/// Vacancies and jobseekers with the postings that find candidates without comparing every pair: a vacancy is a
/// candidate for a person only through a specific skill they share or experience in the same ISCO minor group (the
/// evidence <see cref="Scorer"/> requires), so the postings yield exactly the pairs that can score.
/// </summary>
internal sealed class MatchIndex
{
    private readonly Dictionary<int, VacancyPostings> _vacanciesBySkill;
    private readonly Dictionary<int, VacancyPostings> _vacanciesByOccupationGroup;
    private readonly Dictionary<int, int[]> _jobseekersBySkill;
    private readonly Dictionary<int, int[]> _jobseekersByOccupationGroup;

    // Arrays, not the interface: the hot loops index them millions of times.
    private readonly VacancyEntry[] _vacancies;
    private readonly JobseekerEntry[] _jobseekers;

    /// <param name="builtAt">When the tables were read: what changed after it is newer than the index.</param>
    public MatchIndex(Concepts concepts, IReadOnlyList<VacancyEntry> vacancies, IReadOnlyList<JobseekerEntry> jobseekers, DateTimeOffset builtAt)
    {
        BuiltAt = builtAt;
        concepts.Freeze();
        Concepts = concepts;
        Vacancies = _vacancies = [.. vacancies];
        Jobseekers = _jobseekers = [.. jobseekers];
        _vacanciesBySkill = VacancyPostingsBy(v => v.Skills.Where(concepts.IsSpecific));
        _vacanciesByOccupationGroup = VacancyPostingsBy(v => [OccupationGroup(v.IscoMinor, v.Occupation)]);
        _jobseekersBySkill = Postings(jobseekers, j => j.Skills.Where(concepts.IsSpecific));
        _jobseekersByOccupationGroup = Postings(jobseekers, j => j.Experience.Select(e => OccupationGroup(e.IscoMinor, e.Occupation)));
    }

    public Concepts Concepts { get; }

    public DateTimeOffset BuiltAt { get; }

    public IReadOnlyList<VacancyEntry> Vacancies { get; }

    /// <summary>In id order, as the loader reads them.</summary>
    public IReadOnlyList<JobseekerEntry> Jobseekers { get; }

    /// <summary>
    /// The positions of the jobseekers with ids from <paramref name="from"/> up to (not including) <paramref name="to"/>,
    /// or to the end. <see cref="Guid.CompareTo(Guid)"/> orders as PostgreSQL orders uuids (byte by byte).
    /// </summary>
    public (int First, int Count) JobseekersBetween(Guid from, Guid? to)
    {
        int first = FirstAtOrAfter(from);
        int end = to is { } until ? FirstAtOrAfter(until) : _jobseekers.Length;
        return (first, Math.Max(0, end - first));

        int FirstAtOrAfter(Guid id)
        {
            int low = 0, high = _jobseekers.Length;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                (low, high) = _jobseekers[middle].Id.CompareTo(id) < 0 ? (middle + 1, high) : (low, middle);
            }

            return low;
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<Workspace> _spare = [];

    /// <summary>Scratch space for one thread: marks and seen-stamps, reused across calls.</summary>
    public Workspace NewWorkspace() => new(Concepts.SkillCount, Vacancies.Count, Jobseekers.Count);

    /// <summary>A workspace from the pool (a new one only when none is free): they are large and live long.</summary>
    public Workspace RentWorkspace() => _spare.TryTake(out Workspace? work) ? work : NewWorkspace();

    public void Return(Workspace work) => _spare.Add(work);

    /// <summary>
    /// The best vacancies for one jobseeker; every scoring pair is also offered to <paramref name="candidates"/>, the
    /// vacancies' lists (for consenting jobseekers).
    /// </summary>
    public void MatchJobseeker(int jobseeker, Workspace work, TopList<Hit> top, VacancyLists? candidates = null)
    {
        JobseekerEntry j = _jobseekers[jobseeker];
        work.Marks.Mark(j, Concepts);
        int stamp = work.NextStamp();
        // Experience first: those vacancies score best, so the bar rises early and spares work on the rest.
        foreach (Experience e in j.Experience)
        {
            Score(_vacanciesByOccupationGroup, OccupationGroup(e.IscoMinor, e.Occupation));
        }

        foreach (int skill in j.Skills)
        {
            Score(_vacanciesBySkill, skill);
        }

        void Score(Dictionary<int, VacancyPostings> postings, int key)
        {
            if (postings.TryGetValue(key, out VacancyPostings? under))
            {
                ScoreVacancies(under.Remote, j, jobseeker, work, stamp, top, candidates);
                ScoreVacancies(under.OnSiteWithin(j), j, jobseeker, work, stamp, top, candidates);
            }
        }
    }

    /// <summary>Every jobseeker in the index who fits this vacancy: the incremental run when a vacancy is published.</summary>
    /// <param name="vacancy">The vacancy's position in the index, or -1 for one the index does not hold yet.</param>
    public void MatchVacancy(VacancyEntry v, int vacancy, Workspace work, Action<Hit> onPair)
    {
        int stamp = work.NextStamp();
        var summary = new VacancySummary(v, vacancy);
        foreach (int skill in v.Skills)
        {
            Score(_jobseekersBySkill, skill);
        }

        Score(_jobseekersByOccupationGroup, OccupationGroup(v.IscoMinor, v.Occupation));

        void Score(Dictionary<int, int[]> postings, int key)
        {
            if (!postings.TryGetValue(key, out int[]? candidates))
            {
                return;
            }

            foreach (int jobseeker in candidates)
            {
                if (work.SeenJobseeker[jobseeker] == stamp)
                {
                    continue;
                }

                work.SeenJobseeker[jobseeker] = stamp;
                JobseekerEntry j = _jobseekers[jobseeker];
                if (!Scorer.PassesHardFilters(j, in summary, out double? distance, out bool wished))
                {
                    continue; // most candidates end here: marking their skills first would be wasted
                }

                work.Marks.Mark(j, Concepts);
                if (Scorer.TryScore(j, work.Marks, in summary, Concepts, distance, wished, Scorer.MinimumScore, out Score score))
                {
                    onPair(new Hit(jobseeker, vacancy, score));
                }
            }
        }
    }

    /// <summary>
    /// Scores the candidates not seen yet. A pair is scored only as far as it can still enter a list: below both the
    /// person's bar and the vacancy's (when it is offered there) it would be turned away anyway, and the order in
    /// which pairs arrive does not change who ends up in a list.
    /// </summary>
    private void ScoreVacancies(
        ReadOnlySpan<VacancySummary> postings, JobseekerEntry j, int jobseeker, Workspace work, int stamp, TopList<Hit> top, VacancyLists? candidates)
    {
        int[] seen = work.SeenVacancy;
        foreach (ref readonly VacancySummary summary in postings)
        {
            // The filters first: they read only the summary at hand, and a pair that fails fails again.
            if (!Scorer.PassesHardFilters(j, in summary, out double? distance, out bool wished) || seen[summary.Position] == stamp)
            {
                continue;
            }

            int vacancy = summary.Position;
            seen[vacancy] = stamp;
            int minimum = candidates is null ? top.Bar : Math.Min(top.Bar, candidates.Bar(vacancy));
            if (Scorer.TryScore(j, work.Marks, in summary, Concepts, distance, wished, minimum, out Score score))
            {
                top.Offer(score.Total, _vacancies[vacancy].Id, new Hit(jobseeker, vacancy, score));
                candidates?.Offer(vacancy, score.Total, jobseeker);
            }
        }
    }

    /// <summary>The ISCO minor group, or the occupation itself (as a negative key) when it has no ISCO code.</summary>
    private static int OccupationGroup(int iscoMinor, int occupation) =>
        iscoMinor != Concepts.NoConcept ? iscoMinor : occupation != Concepts.NoConcept ? -10 - occupation : int.MinValue;

    private Dictionary<int, VacancyPostings> VacancyPostingsBy(Func<VacancyEntry, IEnumerable<int>> keys) =>
        Postings(_vacancies, keys).ToDictionary(p => p.Key, p => new VacancyPostings(_vacancies, p.Value));

    private static Dictionary<int, int[]> Postings<T>(IReadOnlyList<T> entries, Func<T, IEnumerable<int>> keys)
    {
        var lists = new Dictionary<int, List<int>>();
        for (int i = 0; i < entries.Count; i++)
        {
            foreach (int key in keys(entries[i]).Distinct())
            {
                if (!lists.TryGetValue(key, out List<int>? list))
                {
                    lists[key] = list = [];
                }

                list.Add(i);
            }
        }

        return lists.ToDictionary(l => l.Key, l => l.Value.ToArray());
    }

    public sealed class Workspace(int skills, int vacancies, int jobseekers)
    {
        private int _stamp;

        public SkillMarks Marks { get; } = new(skills);

        public int[] SeenVacancy { get; } = new int[vacancies];

        public int[] SeenJobseeker { get; } = new int[jobseekers];

        public int NextStamp() => ++_stamp;
    }
}

/// <summary>A scored pair, by the positions of the jobseeker and the vacancy in the index.</summary>
internal readonly record struct Hit(int Jobseeker, int Vacancy, Score Score);
