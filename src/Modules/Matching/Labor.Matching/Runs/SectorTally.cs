using Labor.Matching.Contracts;
using Labor.Matching.Engine;

namespace Labor.Matching.Runs;

/// <summary>Counts matches per sector table, and the intersectoral moves into and out of each.</summary>
internal sealed class SectorTally(Concepts concepts)
{
    private readonly int[] _matches = new int[32];
    private readonly int[] _into = new int[32];
    private readonly int[] _outOf = new int[32];

    public int Total { get; private set; }

    public void Add(JobseekerEntry jobseeker, VacancyEntry vacancy, Score score)
    {
        Total++;
        for (int bit = 0; bit < 32; bit++)
        {
            int mask = 1 << bit;
            _matches[bit] += (vacancy.Sectors & mask) != 0 ? 1 : 0;
            if (score.Intersectoral)
            {
                _into[bit] += (vacancy.Sectors & mask) != 0 ? 1 : 0;
                _outOf[bit] += (jobseeker.HomeSectors & mask) != 0 ? 1 : 0;
            }
        }
    }

    public IReadOnlyList<SectorMatches> Sectors() =>
        [.. concepts.SectorNames.Select((name, bit) => new SectorMatches(name, _matches[bit], _into[bit], _outOf[bit]))];
}
