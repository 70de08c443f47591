using Labor.Jobseekers.Domain;

namespace Labor.Jobseekers.Tests;

/// <summary>A person in the pool: activity (which keeps the profile from being erased) and consent (<see cref="Jobseeker"/>).</summary>
public sealed class JobseekerTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly Jobseeker _jobseeker = Jobseeker.Register(Guid.NewGuid(), Registered);

    [Fact]
    public void Activity_is_recorded_at_most_every_twelve_hours()
    {
        _jobseeker.Touch(Registered.AddHours(11).AddMinutes(59)).ShouldBeFalse("a page view must not write a row every time");
        _jobseeker.LastActiveAt.ShouldBe(Registered);

        _jobseeker.Touch(Registered.AddHours(12)).ShouldBeTrue();
        _jobseeker.LastActiveAt.ShouldBe(Registered.AddHours(12));
    }

    [Fact]
    public void Any_activity_after_an_inactivity_warning_is_recorded_and_lifts_the_warning()
    {
        _jobseeker.WarnedOfInactivity(Registered.AddMinutes(1));

        _jobseeker.Touch(Registered.AddMinutes(2)).ShouldBeTrue("within twelve hours, yet the warning must go");

        _jobseeker.InactivityWarnedAt.ShouldBeNull();
    }

    [Fact]
    public void Consent_is_dated_and_its_history_kept_and_repeating_it_changes_nothing()
    {
        _jobseeker.SetConsent(true, Registered.AddDays(1)).ShouldBeTrue();
        _jobseeker.SetConsent(true, Registered.AddDays(2)).ShouldBeFalse();
        _jobseeker.SetConsent(false, Registered.AddDays(3)).ShouldBeTrue();

        (_jobseeker.Consented, _jobseeker.ConsentChangedAt).ShouldBe((false, Registered.AddDays(3)));
        _jobseeker.ConsentChanges.Select(c => (c.Consented, c.At)).ShouldBe([(true, Registered.AddDays(1)), (false, Registered.AddDays(3))]);
    }

    [Fact]
    public void A_first_no_to_consent_is_recorded_too()
    {
        _jobseeker.SetConsent(false, Registered.AddDays(1)).ShouldBeTrue("the person answered: that is worth showing later");

        _jobseeker.ConsentChanges.ShouldHaveSingleItem().Consented.ShouldBeFalse();
    }

    [Fact]
    public void Editing_the_profile_is_activity_and_an_amendment_by_the_platform_is_not()
    {
        _jobseeker.Amend(ProfileContent.Empty with { Postcode = "8011 PK" });
        (_jobseeker.ProfileChangedAt, _jobseeker.LastActiveAt).ShouldBe((null, Registered));

        _jobseeker.Edit(ProfileContent.Empty with { Name = "Marieke" }, Registered.AddDays(1));
        (_jobseeker.ProfileChangedAt, _jobseeker.LastActiveAt).ShouldBe((Registered.AddDays(1), Registered.AddDays(1)));
    }
}
