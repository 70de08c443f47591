using System.Globalization;
using System.Text.Json;
using Labor.BuildingBlocks.Modules;
using Labor.Reference.Contracts;

namespace Labor.Vacancies.Browse;

/// <summary>
/// schema.org JobPosting for a vacancy page, so search engines and job aggregators can list it. Serialised with the
/// default encoder, which escapes &lt; and &gt;: the JSON cannot end its script element early.
/// </summary>
internal static class JobPosting
{
    private const int FullTimeHours = 36;

    public static string JsonLd(VacancyResponse vacancy, Occupation? occupation, IReferenceData region, Uri pageUrl)
    {
        var posting = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["url"] = pageUrl.ToString(),
            ["identifier"] = new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = "Labor Regio Zwolle", ["value"] = vacancy.Id.ToString() },
            ["title"] = vacancy.Title,
            ["description"] = vacancy.DescriptionHtml,
            ["datePosted"] = vacancy.PublishedAt is { } published
                ? TimeZoneInfo.ConvertTime(published, DutchTime.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            ["validThrough"] = EndOfDutchDay(vacancy.ValidThrough).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["hiringOrganization"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = vacancy.Organisation.Name ?? "" },
            ["employmentType"] = EmploymentTypes(vacancy),
            ["workHours"] = $"{vacancy.HoursMin}-{vacancy.HoursMax} uur per week",
            ["skills"] = vacancy.Skills.Select(s => s.Label.Nl).ToArray(),
            ["occupationalCategory"] = occupation is null ? vacancy.Occupation.Label.Nl : $"{occupation.IscoCode} {occupation.Label.Nl}",
            ["totalJobOpenings"] = vacancy.Openings,
            ["directApply"] = false,
        };
        if (vacancy.Workplace.Mode == "remote")
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            posting["applicantLocationRequirements"] = new Dictionary<string, object?> { ["@type"] = "Country", ["name"] = "NL" };
        }
        else
        {
            posting["jobLocation"] = new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress",
                    ["postalCode"] = vacancy.Workplace.Postcode,
                    ["addressLocality"] = vacancy.Workplace.Municipality,
                    ["addressRegion"] = vacancy.Workplace.Municipality is { } name ? region.FindMunicipality(name)?.Province : null,
                    ["addressCountry"] = "NL",
                },
                ["geo"] = vacancy.Workplace.Latitude is null ? null : new Dictionary<string, object?>
                {
                    ["@type"] = "GeoCoordinates", ["latitude"] = vacancy.Workplace.Latitude, ["longitude"] = vacancy.Workplace.Longitude,
                },
            };
        }

        if (region.FindEducationLevel(vacancy.MinimumEducation) is { Code: not "none" } level)
        {
            posting["educationRequirements"] = new Dictionary<string, object?>
            {
                ["@type"] = "EducationalOccupationalCredential",
                ["credentialCategory"] = level.Rank >= 5 ? "bachelor degree" : "professional certificate",
                ["name"] = level.Name,
            };
            posting["experienceInPlaceOfEducation"] = vacancy.ExperienceReplacesEducation;
        }

        if (vacancy.Salary is { } salary)
        {
            posting["baseSalary"] = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "EUR",
                ["value"] = new Dictionary<string, object?>
                {
                    ["@type"] = "QuantitativeValue", ["minValue"] = salary.Min, ["maxValue"] = salary.Max, ["unitText"] = salary.Period.ToUpperInvariant(),
                },
            };
        }

        return JsonSerializer.Serialize(posting);
    }

    /// <summary>The last second of a date in the region: +01:00 in winter, +02:00 in summer.</summary>
    private static DateTimeOffset EndOfDutchDay(DateOnly date)
    {
        DateTime endOfDay = date.ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(endOfDay, DutchTime.Zone.GetUtcOffset(endOfDay));
    }

    private static string[] EmploymentTypes(VacancyResponse vacancy)
    {
        string hours = vacancy.HoursMin >= FullTimeHours ? "FULL_TIME" : "PART_TIME";
        return vacancy.ContractType switch
        {
            "temporary" or "temp-agency" => [hours, "TEMPORARY"],
            "internship" or "apprenticeship" => [hours, "INTERN"],
            "freelance" => ["CONTRACTOR"],
            _ => [hours],
        };
    }
}
