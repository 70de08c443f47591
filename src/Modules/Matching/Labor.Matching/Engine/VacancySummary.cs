namespace Labor.Matching.Engine;

/// <summary>
/// What the hard filters and the parts of a score before the skills read of a vacancy, in 48 bytes.
/// <see cref="MatchIndex"/> keeps one per vacancy side by side: most candidates fail a hard filter or cannot reach
/// a list whatever their skills, and one small array stays in cache where the entries, scattered over the heap with
/// their skills, do not.
/// </summary>
internal readonly struct VacancySummary(VacancyEntry v)
{
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
}
