namespace Labor.Matching.Engine;

/// <summary>
/// All that <see cref="Scorer"/> reads of a vacancy, with its position in the index, in 80 bytes.
/// <see cref="VacancyPostings"/> are made of these: most candidates fail a hard filter or cannot reach a list whatever
/// their skills, and reading them one after another is far cheaper than reaching each entry, scattered over the heap.
/// </summary>
/// <param name="position">The vacancy's position in the index; -1 for one it does not hold.</param>
/// <param name="skills">The entry's skills, or a copy of them where the caller wants them in memory.</param>
internal readonly struct VacancySummary(VacancyEntry v, int position, ArraySegment<int> skills)
{
    public VacancySummary(VacancyEntry v, int position = -1)
        : this(v, position, v.Skills)
    {
    }

    public readonly double X = v.X;
    public readonly double Y = v.Y;
    public readonly int ValidThroughDay = v.ValidThroughDay;
    public readonly int Sectors = v.Sectors;
    public readonly int Occupation = v.Occupation;
    public readonly int IscoUnit = v.IscoUnit;
    public readonly int IscoMinor = v.IscoMinor;
    public readonly short HoursMin = v.HoursMin;
    public readonly short HoursMax = v.HoursMax;
    public readonly byte MinimumEducation = v.MinimumEducation;
    public readonly bool ExperienceReplacesEducation = v.ExperienceReplacesEducation;
    public readonly bool Remote = v.Remote;
    public readonly int Position = position;
    public readonly long Essential = v.Essential;
    public readonly long SpecificSkills = v.SpecificSkills;

    public readonly ArraySegment<int> Skills = skills;
}
