using System.Diagnostics;
using Labor.Matching.Engine;
using Labor.Matching.Runs;
using Labor.Vacancies.Contracts;

namespace Labor.Bench;

/// <summary>Latencies of one way of matching new vacancies, with the full garbage collections they caused.</summary>
internal sealed record IncrementalTimes(double[] Ms, double PairsAverage, double CandidatesAverage, int FullCollections);

/// <summary>
/// A vacancy published during the day, matched at once against the loaded index of every jobseeker, as
/// IncrementalMatching does on each event: its entry, a fresh workspace, every scoring pair into a list and the
/// consenting ones into the vacancy's top 50. The SQL merge that follows in the product is not part of the figure.
/// </summary>
internal static class MatchingIncremental
{
    /// <param name="reuseWorkspace">One workspace for all, instead of one rented from the index's pool per vacancy as the product does.</param>
    /// <param name="repeats">
    /// Each vacancy this many times back to back, keeping the fastest: on a machine shared with other work, a lower
    /// bound of what the matching itself costs (warm caches, and mostly without the moments another process had the core).
    /// </param>
    public static IncrementalTimes Run(MatchIndex index, IReadOnlyList<VacancyDetails> vacancies, int warmUp, bool reuseWorkspace, int repeats = 1)
    {
        var times = new List<double>();
        long pairs = 0, candidates = 0;
        MatchIndex.Workspace shared = index.NewWorkspace();
        int fullCollections = GC.CollectionCount(2);
        for (int i = 0; i < vacancies.Count; i++)
        {
            if (i == warmUp)
            {
                fullCollections = GC.CollectionCount(2);
            }

            double ms = double.MaxValue;
            List<Hit> found = [];
            var top = new TopList<Hit>(NightlyRun.VacancyListSize);
            for (int repeat = 0; repeat < repeats; repeat++)
            {
                long start = Stopwatch.GetTimestamp();
                VacancyEntry vacancy = EntryFactory.Vacancy(vacancies[i], index.Concepts);
                MatchIndex.Workspace work = reuseWorkspace ? shared : index.RentWorkspace();
                found = [];
                top = new TopList<Hit>(NightlyRun.VacancyListSize);
                index.MatchVacancy(vacancy, -1, work, hit =>
                {
                    found.Add(hit);
                    JobseekerEntry jobseeker = index.Jobseekers[hit.Jobseeker];
                    if (jobseeker.Consented)
                    {
                        top.Offer(hit.Score.Total, jobseeker.Id, hit);
                    }
                });
                ms = Math.Min(ms, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!reuseWorkspace)
                {
                    index.Return(work);
                }
            }

            if (i >= warmUp)
            {
                times.Add(ms);
                pairs += found.Count;
                candidates += top.Count;
            }
        }

        return new IncrementalTimes([.. times], pairs / (double)times.Count, candidates / (double)times.Count, GC.CollectionCount(2) - fullCollections);
    }
}
