using Labor.Jobseekers.Profile;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Pages.Jobseeker;

/// <summary>
/// The profile as a person fills it in: occupations and skills by name (with suggestions while typing), skills and
/// diplomas one per line. It becomes the same <see cref="ProfileRequest"/> the API takes, so one validator judges both.
/// </summary>
internal sealed class ProfileForm
{
    /// <summary>Empty experience rows the page offers beyond those already filled in.</summary>
    public const int SpareExperienceRows = 2;

    public string? Name { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public int? MaxTravelKm { get; set; } = 25;
    public int? HoursMin { get; set; }
    public int? HoursMax { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public string? EducationLevel { get; set; }
    public string? Diplomas { get; set; }
    public List<ExperienceRow> Experience { get; set; } = [];
    public string? Skills { get; set; }
    public List<string> SectorTables { get; set; } = [];
    public bool OpenToOtherSectors { get; set; } = true;
    public string? Situation { get; set; }
    public string? Language { get; set; }
    public string? DigestFrequency { get; set; }
    public string? AfterNewWork { get; set; }
    public string? AgeBand { get; set; }
    public string? Gender { get; set; }

    public static ProfileForm From(ProfileResponse profile) => new()
    {
        Name = profile.Name,
        Postcode = profile.Postcode,
        Municipality = profile.Municipality,
        MaxTravelKm = profile.MaxTravelKm ?? 25,
        HoursMin = profile.HoursMin,
        HoursMax = profile.HoursMax,
        AvailableFrom = profile.AvailableFrom,
        EducationLevel = profile.EducationLevel,
        Diplomas = string.Join('\n', profile.Diplomas),
        Experience = [.. profile.Experience.Select(e => new ExperienceRow { Occupation = e.Label, Years = e.Years })],
        Skills = string.Join('\n', profile.Skills.Select(s => s.Label)),
        SectorTables = [.. profile.SectorTables],
        OpenToOtherSectors = profile.OpenToOtherSectors,
        Situation = profile.Situation,
        Language = profile.Language,
        DigestFrequency = profile.DigestFrequency,
        AfterNewWork = profile.AfterNewWork,
        AgeBand = profile.AgeBand,
        Gender = profile.Gender,
    };

    /// <summary>The request, and the words that name no known skill or occupation.</summary>
    public (ProfileRequest Request, IReadOnlyList<string> UnknownSkills, IReadOnlyList<string> UnknownOccupations) ToRequest(IVocabulary vocabulary, Language language)
    {
        List<string> unknownSkills = [];
        List<string> unknownOccupations = [];
        List<string> skills = [];
        foreach (string line in Lines(Skills))
        {
            string? uri = VocabularyNames.Skill(vocabulary, line, language);
            if (uri is null)
            {
                unknownSkills.Add(line);
            }
            else if (!skills.Contains(uri))
            {
                skills.Add(uri);
            }
        }

        List<ExperienceRequest> experience = [];
        foreach (ExperienceRow row in Experience.Where(r => !string.IsNullOrWhiteSpace(r.Occupation)))
        {
            string? uri = VocabularyNames.Occupation(vocabulary, row.Occupation, language);
            if (uri is null)
            {
                unknownOccupations.Add(row.Occupation!.Trim());
            }
            else
            {
                experience.Add(new ExperienceRequest(uri, row.Years ?? 0));
            }
        }

        var request = new ProfileRequest(
            Name, Postcode, Blank(Municipality), MaxTravelKm, HoursMin, HoursMax, AvailableFrom, Blank(EducationLevel), [.. Lines(Diplomas)], experience, skills,
            SectorTables, OpenToOtherSectors, Blank(Situation), Blank(Language), Blank(DigestFrequency), Blank(AgeBand), Blank(Gender), Blank(AfterNewWork));
        return (request, unknownSkills, unknownOccupations);
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>A select's empty choice means "not given".</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

internal sealed class ExperienceRow
{
    public string? Occupation { get; set; }
    public int? Years { get; set; }
}
