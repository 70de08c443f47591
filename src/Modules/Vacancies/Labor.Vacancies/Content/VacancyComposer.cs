using Labor.Reference.Contracts;
using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Content;

/// <summary>
/// Turns a checked request into a vacancy's content: canonical spellings, sanitised description, the workplace
/// geocoded. Geocoding can still reject the request (a well-formed postcode nobody has), so the result says which.
/// </summary>
internal sealed class VacancyComposer(IReferenceData region, IVocabulary vocabulary, IPostcodeLocator locator)
{
    public async Task<ComposedVacancy> ComposeAsync(VacancyRequest request, CancellationToken cancellationToken)
    {
        (Workplace? workplace, string? postcodeError) = await WorkplaceAsync(request.Workplace!, cancellationToken);
        if (workplace is null)
        {
            return new ComposedVacancy(null, new Dictionary<string, string[]> { ["workplace.postcode"] = [postcodeError!] });
        }

        Occupation occupation = vocabulary.FindOccupation(request.Occupation)!;
        (string html, string text) = Description.Clean(request.Description!);
        if (text.Length == 0)
        {
            return new ComposedVacancy(null, new Dictionary<string, string[]> { ["description"] = ["The description has no text once unsafe markup is removed."] });
        }

        string[] tables = request.SectorTables is { Count: > 0 } given
            ? [.. given.Select(name => region.FindSectorTable(name)!.Name).Distinct()]
            : [.. occupation.SectorTables];
        // A replaced skill and the skill that replaced it are one skill: named once, and essential if either was.
        string[] essential = [.. request.Skills!.Where(s => s.Essential).Select(s => vocabulary.FindSkill(s.Uri)!.Uri).Distinct(StringComparer.Ordinal)];
        var content = new VacancyContent
        {
            Title = request.Title!.Trim(),
            DescriptionHtml = html,
            DescriptionText = text,
            OccupationUri = occupation.Uri,
            EssentialSkills = essential,
            OptionalSkills = [.. request.Skills!.Where(s => !s.Essential).Select(s => vocabulary.FindSkill(s.Uri)!.Uri).Except(essential, StringComparer.Ordinal)],
            SectorTables = tables,
            MinimumEducation = region.FindEducationLevel(request.MinimumEducation ?? "none")!.Code,
            ExperienceReplacesEducation = request.ExperienceReplacesEducation ?? false,
            HoursMin = request.HoursMin!.Value,
            HoursMax = request.HoursMax!.Value,
            ContractType = Codes.ContractTypes[request.ContractType!],
            Workplace = workplace,
            Salary = request.Salary is { } salary ? new Salary(salary.Min!.Value, salary.Max!.Value, Codes.SalaryPeriods[salary.Period!]) : null,
            Openings = request.Openings ?? 1,
            ValidThrough = request.ValidThrough!.Value,
            HowToApply = request.HowToApply!.Trim(),
        };
        return tables.Length == 0
            ? new ComposedVacancy(null, new Dictionary<string, string[]> { ["sectorTables"] = ["The occupation belongs to no sector table; choose one or more."] })
            : new ComposedVacancy(content, null);
    }

    private async Task<(Workplace?, string?)> WorkplaceAsync(WorkplaceRequest request, CancellationToken cancellationToken)
    {
        WorkplaceMode mode = Codes.WorkplaceModes[request.Mode!];
        if (mode == WorkplaceMode.Remote)
        {
            return (new Workplace(mode, null, null, null, null, Geocoded: false), null);
        }

        string municipality = region.FindMunicipality(request.Municipality)!.Name;
        PostcodeLookup lookup = await locator.LocateAsync(request.Postcode!, municipality, cancellationToken);
        return lookup switch
        {
            { Status: PostcodeStatus.Unknown } => (null, "No address has this postcode."),
            { Location: { } place } => (new Workplace(mode, place.Postcode, region.FindMunicipality(place.Municipality)?.Name ?? place.Municipality,
                place.Point.Latitude, place.Point.Longitude, place.Geocoded), null),
            _ => (null, "This postcode cannot be placed right now; try again later."),
        };
    }
}

/// <summary>Either the content or the problems, by field, as a 400 names them.</summary>
internal sealed record ComposedVacancy(VacancyContent? Content, IDictionary<string, string[]>? Errors);
