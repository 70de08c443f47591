using Labor.BuildingBlocks.Persistence;

namespace Labor.Vacancies.Domain;

/// <summary>
/// An employer organisation as the vacancy bank shows it. Its id is the one the employer accounts carry (Accounts
/// owns who belongs to which organisation; this module owns what the organisation tells jobseekers).
/// </summary>
internal sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private init; }

    public string Name { get; private set; } = "";

    /// <summary>Chamber of Commerce (KvK) number: 8 digits.</summary>
    public string KvkNumber { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Postcode { get; private set; } = "";

    public string Municipality { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Organisation Register(Guid id, OrganisationProfile profile, DateTimeOffset now)
    {
        var organisation = new Organisation { Id = id };
        organisation.Update(profile, now);
        return organisation;
    }

    public void Update(OrganisationProfile profile, DateTimeOffset now)
    {
        Name = profile.Name;
        KvkNumber = profile.KvkNumber;
        Address = profile.Address;
        Postcode = profile.Postcode;
        Municipality = profile.Municipality;
        ContactName = profile.ContactName;
        ContactEmail = profile.ContactEmail;
        ContactPhone = profile.ContactPhone;
        UpdatedAt = now.ToStoredPrecision();
    }
}

internal sealed record OrganisationProfile(
    string Name, string KvkNumber, string Address, string Postcode, string Municipality, string ContactName, string ContactEmail, string? ContactPhone);
