using Labor.Matching.Engine;

namespace Labor.Matching.Runs;

/// <summary>The in-memory work of a nightly chunk: its jobseekers' lists, and the rows both kinds of list are written from.</summary>
internal static class NightlyPass
{
    /// <summary>
    /// The pass over jobseekers [first, first + count): each worker takes every n-th one, and offers the consenting
    /// ones' pairs to its own vacancies' lists.
    /// </summary>
    public static Hit[][] MatchJobseekers(
        MatchIndex index, int first, int count, int workers, VacancyLists[] vacancyLists, CancellationToken cancellationToken = default)
    {
        var lists = new Hit[count][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, w =>
        {
            MatchIndex.Workspace work = index.RentWorkspace();
            var top = new TopList<Hit>(NightlyRun.JobseekerListSize);
            VacancyLists mine = vacancyLists[w];
            for (int i = w; i < count; i += workers)
            {
                top.Clear();
                int jobseeker = first + i;
                index.MatchJobseeker(jobseeker, work, top, index.Jobseekers[jobseeker].Consented ? mine : null);
                lists[i] = top.ToArray();
            }

            index.Return(work);
        });
        return lists;
    }

    public static IEnumerable<(short, Guid, Guid, Score)> JobseekerRows(MatchIndex index, Hit[][] lists)
    {
        foreach (Hit[] list in lists)
        {
            for (int rank = 0; rank < list.Length; rank++)
            {
                Hit hit = list[rank];
                yield return ((short)(rank + 1), index.Jobseekers[hit.Jobseeker].Id, index.Vacancies[hit.Vacancy].Id, hit.Score);
            }
        }
    }

    /// <summary>
    /// Each vacancy's best consenting candidates, merged from every worker's list, their scores' parts computed again;
    /// ties go to the lower id, as everywhere lists are ranked. With <paramref name="shared"/>, only those that would
    /// still enter its list.
    /// </summary>
    public static IEnumerable<(short, Guid, Guid, Score)> CandidateRows(MatchIndex index, VacancyLists[] vacancyLists, VacancyLists? shared = null)
    {
        MatchIndex.Workspace work = index.RentWorkspace();
        List<long> keys = [];
        for (int vacancy = 0; vacancy < index.Vacancies.Count; vacancy++)
        {
            keys.Clear();
            foreach (VacancyLists worker in vacancyLists)
            {
                foreach (long key in worker.Keys(vacancy))
                {
                    keys.Add(key);
                }
            }

            keys.Sort();
            short rank = 0;
            VacancyEntry v = index.Vacancies[vacancy];
            for (int i = keys.Count - 1; i >= 0 && rank < NightlyRun.VacancyListSize; i--)
            {
                if (shared is not null && !shared.Admits(vacancy, keys[i]))
                {
                    break; // the keys fall from here on
                }

                JobseekerEntry j = index.Jobseekers[VacancyLists.JobseekerOf(keys[i])];
                work.Marks.Mark(j, index.Concepts);
                if (Scorer.TryScore(j, work.Marks, v, index.Concepts, out Score score))
                {
                    yield return (++rank, j.Id, v.Id, score);
                }
            }
        }

        index.Return(work);
    }
}
