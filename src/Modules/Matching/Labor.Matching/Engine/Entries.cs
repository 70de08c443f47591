namespace Labor.Matching.Engine;

/// <summary>A vacancy as the engine sees it. Skill slots keep the order of the vacancy's own skill list.</summary>
internal sealed class VacancyEntry
{
    public required Guid Id { get; init; }

    public required Guid OrganisationId { get; init; }

    public bool Remote { get; init; }

    /// <summary>Kilometres east and north on the platform's flat map (see <see cref="Labor.Reference.Contracts.GeoPoint"/>).</summary>
    public double X { get; init; }

    public double Y { get; init; }

    public short HoursMin { get; init; }

    public short HoursMax { get; init; }

    public byte MinimumEducation { get; init; }

    public bool ExperienceReplacesEducation { get; init; }

    public required int[] Skills { get; init; }

    /// <summary>Bit i set: skill slot i is essential.</summary>
    public long Essential { get; init; }

    /// <summary>Bit i set: skill slot i is specific (<see cref="Concepts.IsSpecific"/>), so having it is evidence of a fit.</summary>
    public long SpecificSkills { get; init; }

    public int Occupation { get; init; }

    public int IscoUnit { get; init; }

    public int IscoMinor { get; init; }

    /// <summary>The vacancy's sector tables, or <see cref="Concepts.OutsideEveryTable"/>.</summary>
    public int Sectors { get; init; }

    /// <summary>Days since 0001-01-01 of the last day one can apply.</summary>
    public int ValidThroughDay { get; init; }
}

/// <summary>A jobseeker as the engine sees it: no name, no address, no age or gender (those never reach a score).</summary>
internal sealed class JobseekerEntry
{
    public required Guid Id { get; init; }

    /// <summary>Whether the home postcode has a point; without one only remote work can be measured.</summary>
    public bool Placed { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public short MaxTravelKm { get; init; }

    public short HoursMin { get; init; }

    public short HoursMax { get; init; }

    public int AvailableFromDay { get; init; }

    public byte Education { get; init; }

    public required int[] Skills { get; init; }

    public required Experience[] Experience { get; init; }

    /// <summary>The sector tables the person wants to work in.</summary>
    public int Wishes { get; init; }

    public bool OpenToOtherSectors { get; init; }

    /// <summary>
    /// The sector tables of the occupations the person worked in, <see cref="Concepts.OutsideEveryTable"/> for one
    /// in none: where a move starts from.
    /// </summary>
    public int HomeSectors { get; init; }

    public bool Consented { get; init; }
}

internal readonly record struct Experience(int Occupation, int IscoUnit, int IscoMinor, short Years);
