using Labor.Accounts.Contracts;
using Labor.Jobseekers.Domain;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Profile;

/// <summary>The jobseeker's own view of their profile: the stored codes and URIs, with names to show.</summary>
/// <param name="Email">The account's address, where the platform mails them; changed with the account, not here.</param>
/// <param name="AwaitsGeocoder">The postcode could not be placed yet: distances use the municipality's centre, if given, until it is.</param>
/// <param name="ReadyForMatching">Whether the profile says enough to be matched: where, how many hours, and skills or experience.</param>
internal sealed record ProfileResponse(
    Guid Id,
    string? Email,
    string Language,
    string? Name,
    string? Postcode,
    string? Municipality,
    bool AwaitsGeocoder,
    int? MaxTravelKm,
    int? HoursMin,
    int? HoursMax,
    DateOnly? AvailableFrom,
    string? EducationLevel,
    IReadOnlyList<string> Diplomas,
    IReadOnlyList<ExperienceResponse> Experience,
    IReadOnlyList<ConceptResponse> Skills,
    IReadOnlyList<string> SectorTables,
    bool OpenToOtherSectors,
    string? Situation,
    string DigestFrequency,
    string AfterNewWork,
    string? AgeBand,
    string? Gender,
    bool Consented,
    DateTimeOffset? ConsentChangedAt,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ProfileChangedAt,
    bool ReadyForMatching)
{
    public static ProfileResponse From(Jobseeker jobseeker, AccountContact? contact, IVocabulary vocabulary)
    {
        ProfileContent p = jobseeker.Profile;
        string language = contact?.Language ?? "nl";
        Language labels = language == "en" ? Reference.Contracts.Language.En : Reference.Contracts.Language.Nl;
        return new ProfileResponse(
            jobseeker.Id, contact?.Email, language, p.Name, p.Postcode, p.Municipality, p.AwaitsGeocoder, p.MaxTravelKm, p.HoursMin, p.HoursMax,
            p.AvailableFrom, p.EducationLevel, p.Diplomas,
            [.. p.Experience.Select(e => new ExperienceResponse(e.OccupationUri, vocabulary.FindOccupation(e.OccupationUri)?.Label.In(labels) ?? e.OccupationUri, e.Years))],
            [.. p.Skills.Select(uri => new ConceptResponse(uri, vocabulary.FindSkill(uri)?.Label.In(labels) ?? uri))],
            p.SectorTables, p.OpenToOtherSectors, p.Situation, p.DigestFrequency, p.AfterNewWork, p.AgeBand, p.Gender,
            jobseeker.Consented, jobseeker.ConsentChangedAt, jobseeker.RegisteredAt, jobseeker.ProfileChangedAt,
            IsReadyForMatching(p));
    }

    public static bool IsReadyForMatching(ProfileContent p) =>
        p.Latitude is not null && p.HoursMax is not null && (p.Skills.Length > 0 || p.Experience.Count > 0);
}

internal sealed record ExperienceResponse(string Occupation, string Label, int Years);

internal sealed record ConceptResponse(string Uri, string Label);
