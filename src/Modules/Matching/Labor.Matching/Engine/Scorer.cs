using System.Runtime.CompilerServices;
using Labor.Matching.Results;

namespace Labor.Matching.Engine;

/// <summary>
/// The one place that decides whether a jobseeker and a vacancy fit and how well. Hard filters first (cheapest
/// first), then five named parts: skills 50 (essential count double; a closely related skill earns half where its
/// ESCO reuse level lets it carry that far), occupation 20 (same occupation 20, same ISCO unit group 14, same minor
/// group 8), sector wish 10 (a wished sector 10, open to others 5), distance 10 (closer is better; remote work 10)
/// and hours 10 (how much of the vacancy's hours the person wants). Whole numbers throughout, so the plain-SQL baseline can compute the very same score.
/// </summary>
internal static class Scorer
{
    public const int MinimumScore = 35;
    public const int SkillsWeight = 50;
    public const int SectorWeight = 10;
    public const int DistanceWeight = 10;
    public const int HoursWeight = 10;

    /// <summary>Years in the same ISCO unit group that stand in for a missing diploma, when the vacancy allows it.</summary>
    public const int ExperienceForEducation = 3;

    /// <summary>Whether the pair fits and how well: the whole decision in one call.</summary>
    public static bool TryScore(JobseekerEntry j, SkillMarks marks, VacancyEntry v, Concepts concepts, out Score score)
    {
        var summary = new VacancySummary(v);
        if (!PassesHardFilters(j, summary, out double? distance, out bool wished))
        {
            score = default;
            return false;
        }

        return TryScore(j, marks, summary, concepts, distance, wished, MinimumScore, out score);
    }

    /// <summary>
    /// The filters that need no skills: hours, availability, distance and sector wish. Cheap, so callers ask this
    /// first (before marking a person's skills, before reading a vacancy's), and pass on what the score needs of
    /// it: the distance (null for remote work) and whether the vacancy is in a sector the person wished.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PassesHardFilters(JobseekerEntry j, in VacancySummary v, out double? distance, out bool wished)
    {
        distance = null;
        wished = (v.Sectors & j.Wishes) != 0;
        if (v.HoursMax < j.HoursMin || j.HoursMax < v.HoursMin || j.AvailableFromDay > v.ValidThroughDay || (!wished && !j.OpenToOtherSectors))
        {
            return false;
        }

        if (v.Remote)
        {
            return true;
        }

        // No home point or no travel limit given: only remote work can be measured.
        if (!j.Placed || j.MaxTravelKm <= 0)
        {
            return false;
        }

        double dx = v.X - j.X, dy = v.Y - j.Y;
        double squared = (dx * dx) + (dy * dy);
        if (squared > (double)j.MaxTravelKm * j.MaxTravelKm)
        {
            return false;
        }

        distance = Math.Sqrt(squared);
        return true;
    }

    /// <summary>
    /// The score of a pair that passed the hard filters, given what they found; false also when it scores below
    /// <paramref name="minimum"/> (at least <see cref="MinimumScore"/>). The skills, far away in memory, are read only
    /// when the other parts and full marks for skills reach the minimum.
    /// </summary>
    public static bool TryScore(
        JobseekerEntry j, SkillMarks marks, in VacancySummary v, Concepts concepts, double? distance, bool wished, int minimum, out Score score)
    {
        score = default;
        (OccupationRelation relation, bool experienceReplaces) = Occupation(j, v);
        if (j.Education < v.MinimumEducation && !(v.ExperienceReplacesEducation && experienceReplaces))
        {
            return false;
        }

        int occupationPart = relation switch
        {
            OccupationRelation.SameOccupation => 20,
            OccupationRelation.SameUnitGroup => 14,
            OccupationRelation.SameMinorGroup => 8,
            _ => 0,
        };
        int sectorPart = wished ? SectorWeight : SectorWeight / 2;
        int distancePart = distance is { } km ? (int)Math.Floor(DistanceWeight * (j.MaxTravelKm - km) / j.MaxTravelKm) : DistanceWeight;
        int overlap = Math.Min(v.HoursMax, j.HoursMax) - Math.Max(v.HoursMin, j.HoursMin);
        int hoursPart = HoursWeight * (overlap + 1) / (v.HoursMax - v.HoursMin + 1);
        int withoutSkills = occupationPart + sectorPart + distancePart + hoursPart;
        minimum = Math.Max(minimum, MinimumScore);
        if (withoutSkills + SkillsWeight < minimum)
        {
            return false;
        }

        bool intersectoral = j.HomeSectors != 0 && (v.Sectors & j.HomeSectors) == 0;
        long exact = 0, related = 0;
        int earned = 0, possible = 0;
        ReadOnlySpan<int> skills = v.Skills;
        for (int i = 0; i < skills.Length; i++)
        {
            int weight = (v.Essential & (1L << i)) != 0 ? 2 : 1;
            possible += 2 * weight;
            int skill = skills[i];
            if (marks.Has(skill))
            {
                exact |= 1L << i;
                earned += 2 * weight;
            }
            else if (Carries(concepts.ReachOf(skill), intersectoral, relation) && marks.IsRelated(skill, concepts))
            {
                related |= 1L << i;
                earned += weight;
            }
        }

        // The evidence of a fit: a specific skill the vacancy asks for, or experience close to its occupation.
        if ((exact & v.SpecificSkills) == 0 && relation == OccupationRelation.None)
        {
            return false;
        }

        int skillsPart = possible == 0 ? 0 : SkillsWeight * earned / possible;
        int total = skillsPart + withoutSkills;
        if (total < minimum)
        {
            return false;
        }

        score = new Score(total, skillsPart, occupationPart, sectorPart, distancePart, hoursPart, distance, exact, related, relation, intersectoral);
        return true;
    }

    /// <summary>
    /// Whether something close to a skill the vacancy asks for may stand in for it, given how far ESCO says the skill
    /// carries: a sector-specific skill not into another sector, an occupation-specific one only from experience in the
    /// same ISCO minor group or closer. Having the skill itself always counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Carries(SkillReach reach, bool intersectoral, OccupationRelation relation) => reach switch
    {
        SkillReach.Sector => !intersectoral,
        SkillReach.Occupation => relation != OccupationRelation.None,
        _ => true,
    };

    private static (OccupationRelation Relation, bool ExperienceReplaces) Occupation(JobseekerEntry j, in VacancySummary v)
    {
        OccupationRelation best = OccupationRelation.None;
        bool replaces = false;
        foreach (Experience e in j.Experience)
        {
            OccupationRelation relation =
                e.Occupation == v.Occupation && e.Occupation != Concepts.NoConcept ? OccupationRelation.SameOccupation
                : e.IscoUnit == v.IscoUnit && e.IscoUnit != Concepts.NoConcept ? OccupationRelation.SameUnitGroup
                : e.IscoMinor == v.IscoMinor && e.IscoMinor != Concepts.NoConcept ? OccupationRelation.SameMinorGroup
                : OccupationRelation.None;
            best = relation > best ? relation : best;
            replaces |= relation >= OccupationRelation.SameUnitGroup && e.Years >= ExperienceForEducation;
        }

        return (best, replaces);
    }
}

/// <summary>
/// One jobseeker's skills, marked for constant-time lookups while their candidates are scored. One per thread:
/// a new stamp clears the marks without touching the arrays.
/// </summary>
internal sealed class SkillMarks(int skillCount)
{
    private readonly int[] _has = new int[skillCount];
    private readonly int[] _hasNarrower = new int[skillCount];
    private readonly int[] _hasRelated = new int[skillCount];
    private int _stamp;

    public void Mark(JobseekerEntry jobseeker, Concepts concepts)
    {
        _stamp++;
        foreach (int skill in jobseeker.Skills)
        {
            if (skill < 0)
            {
                continue;
            }

            _has[skill] = _stamp;
            int broader = concepts.BroaderOf(skill);
            if (broader != Concepts.NoConcept)
            {
                _hasNarrower[broader] = _stamp;
            }

            foreach (int related in concepts.RelatedOf(skill))
            {
                _hasRelated[related] = _stamp;
            }
        }
    }

    public bool Has(int skill) => skill >= 0 && _has[skill] == _stamp;

    /// <summary>
    /// The person has the skill's broader concept, a narrower one, a sibling under the same broader concept, or a
    /// skill ESCO relates to it (either way round).
    /// </summary>
    public bool IsRelated(int skill, Concepts concepts)
    {
        if (skill < 0)
        {
            return false;
        }

        if (_hasNarrower[skill] == _stamp || _hasRelated[skill] == _stamp)
        {
            return true;
        }

        foreach (int related in concepts.RelatedOf(skill))
        {
            if (_has[related] == _stamp)
            {
                return true;
            }
        }

        int broader = concepts.BroaderOf(skill);
        return broader != Concepts.NoConcept && (_has[broader] == _stamp || _hasNarrower[broader] == _stamp);
    }
}
