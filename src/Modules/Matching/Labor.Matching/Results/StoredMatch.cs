namespace Labor.Matching.Results;

/// <summary>
/// One match as stored: the score, its named parts and the explanation in compact form. Skill bits refer to the
/// positions in the vacancy's skill list (as in <c>VacancyDetails.Skills</c>), so the explanation is read back
/// exactly, with names in the reader's language, and millions of rows stay small enough to write in seconds.
/// </summary>
internal abstract class StoredMatch
{
    public Guid JobseekerId { get; init; }

    public Guid VacancyId { get; init; }

    public short Score { get; init; }

    public short SkillsPart { get; init; }

    public short OccupationPart { get; init; }

    public short SectorPart { get; init; }

    public short DistancePart { get; init; }

    public short HoursPart { get; init; }

    /// <summary>Home to workplace in km; null for remote work.</summary>
    public float? DistanceKm { get; init; }

    /// <summary>Bit i set: the jobseeker has the vacancy's i-th skill.</summary>
    public long ExactSkills { get; init; }

    /// <summary>Bit i set: the jobseeker has a closely related skill (same broader concept).</summary>
    public long RelatedSkills { get; init; }

    public OccupationRelation Occupation { get; init; }

    /// <summary>The vacancy's sector is none of the sectors the person worked in: a move across sectors.</summary>
    public bool Intersectoral { get; init; }

    public DateTimeOffset FoundAt { get; init; }
}

/// <summary>A vacancy in a jobseeker's list, best first (rank 1–20).</summary>
internal sealed class JobseekerMatch : StoredMatch
{
    public short Rank { get; init; }
}

/// <summary>A consenting jobseeker in a vacancy's list of candidates, best first (rank 1–50).</summary>
internal sealed class VacancyCandidate : StoredMatch
{
    public short Rank { get; init; }
}

/// <summary>How close the person's experience is to the vacancy's occupation (ISCO-08).</summary>
internal enum OccupationRelation : short
{
    None = 0,
    SameMinorGroup = 1,
    SameUnitGroup = 2,
    SameOccupation = 3,
}

/// <summary>An employer's verdict on a candidate, kept for the quality figures.</summary>
internal sealed class MatchFeedback
{
    public const string Invited = "invited";
    public const string NotSuitable = "not-suitable";

    /// <summary>Set from a placement (Outcomes), never by the verdict endpoint: a hire is recorded there.</summary>
    public const string Hired = "hired";

    public Guid VacancyId { get; init; }

    public Guid JobseekerId { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Verdict { get; set; }

    public DateTimeOffset At { get; set; }
}
