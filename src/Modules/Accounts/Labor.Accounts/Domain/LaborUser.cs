using Microsoft.AspNetCore.Identity;

namespace Labor.Accounts.Domain;

/// <summary>A person who can sign in. Identity keeps the credentials; we add what the access rules need.</summary>
internal sealed class LaborUser : IdentityUser<Guid>
{
    public const int OrganisationNameMaxLength = 200;

    /// <summary>For an employer: the organisation they act for.</summary>
    public Guid? OrganisationId { get; set; }

    public string? OrganisationName { get; set; }

    /// <summary>"nl" or "en": the language of the mails we send them.</summary>
    public string Language { get; set; } = "nl";

    public DateTimeOffset CreatedAt { get; set; }
}
