using Labor.Vacancies.Contracts;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Lifecycle;

namespace Labor.Vacancies.Tests;

/// <summary>draft → published → closed (filled or withdrawn) or expired, and published again (<see cref="Vacancy"/>).</summary>
public sealed class VacancyLifecycleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);
    private static readonly DateTimeOffset Wednesday = Monday.AddDays(2);

    [Fact]
    public void A_draft_is_not_open_and_has_never_been_published()
    {
        Vacancy draft = Vacancy.Draft(Sample.Organisation, Sample.Content, Monday);

        draft.Status.ShouldBe(VacancyStatus.Draft);
        draft.IsOpen.ShouldBeFalse();
        draft.PublishedAt.ShouldBeNull();
        (draft.CreatedAt, draft.UpdatedAt).ShouldBe((Monday, Monday));
    }

    [Fact]
    public void Publishing_opens_it_and_publishing_again_changes_nothing()
    {
        Vacancy vacancy = Vacancy.Draft(Sample.Organisation, Sample.Content, Monday);

        vacancy.Publish(Tuesday).ShouldBeTrue();
        vacancy.Publish(Wednesday).ShouldBeFalse();

        vacancy.Status.ShouldBe(VacancyStatus.Published);
        vacancy.PublishedAt.ShouldBe(Tuesday, "the first publication stands");
        vacancy.UpdatedAt.ShouldBe(Tuesday);
    }

    [Fact]
    public void A_draft_cannot_be_closed()
    {
        Vacancy draft = Vacancy.Draft(Sample.Organisation, Sample.Content, Monday);

        draft.Close(ClosedReason.Withdrawn, Tuesday).ShouldBeFalse();

        (draft.Status, draft.ClosedReason, draft.ClosedAt).ShouldBe((VacancyStatus.Draft, (ClosedReason?)null, (DateTimeOffset?)null));
    }

    [Theory]
    [InlineData(nameof(ClosedReason.Filled), nameof(VacancyStatus.Closed))]
    [InlineData(nameof(ClosedReason.Withdrawn), nameof(VacancyStatus.Closed))]
    [InlineData(nameof(ClosedReason.Expired), nameof(VacancyStatus.Expired))]
    public void Closing_an_open_vacancy_records_why_and_when(string reason, string status)
    {
        Vacancy vacancy = Published();

        vacancy.Close(Enum.Parse<ClosedReason>(reason), Wednesday).ShouldBeTrue();

        (vacancy.Status.ToString(), vacancy.ClosedReason.ToString(), vacancy.ClosedAt, vacancy.IsOpen).ShouldBe((status, reason, Wednesday, false));
    }

    [Fact]
    public void A_closed_vacancy_refuses_a_second_close_and_keeps_the_first_reason()
    {
        Vacancy vacancy = Published();
        vacancy.Close(ClosedReason.Filled, Tuesday);

        vacancy.Close(ClosedReason.Expired, Wednesday).ShouldBeFalse("the expiry job must not turn a filled vacancy into an expired one");

        (vacancy.Status, vacancy.ClosedReason, vacancy.ClosedAt).ShouldBe((VacancyStatus.Closed, ClosedReason.Filled, Tuesday));
    }

    [Fact]
    public void A_closed_vacancy_can_be_published_again_and_forgets_why_it_was_closed()
    {
        Vacancy vacancy = Published();
        vacancy.Close(ClosedReason.Expired, Tuesday);

        vacancy.Publish(Wednesday).ShouldBeTrue();

        (vacancy.Status, vacancy.ClosedReason, vacancy.ClosedAt, vacancy.PublishedAt).ShouldBe(
            (VacancyStatus.Published, (ClosedReason?)null, (DateTimeOffset?)null, Wednesday));
    }

    [Fact]
    public void Editing_changes_the_content_but_never_the_status()
    {
        Vacancy vacancy = Published();
        vacancy.Close(ClosedReason.Withdrawn, Tuesday);

        vacancy.Edit(Sample.Content with { Title = "Reachtruckchauffeur" }, Wednesday);

        (vacancy.Content.Title, vacancy.Status, vacancy.UpdatedAt).ShouldBe(("Reachtruckchauffeur", VacancyStatus.Closed, Wednesday));
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_as_postgresql_stores_them()
    {
        DateTimeOffset precise = Monday.AddTicks(1_234_567); // 123.4567 ms

        Vacancy vacancy = Vacancy.Draft(Sample.Organisation, Sample.Content, precise);

        vacancy.CreatedAt.ShouldBe(Monday.AddTicks(1_234_560));
    }

    [Fact]
    public void Other_modules_hear_essential_skills_first_and_the_apis_codes()
    {
        VacancyDetails details = VacancyOutbox.Details(Published());

        details.Skills.ShouldBe([new VacancySkill(Skills.Forklift, true), new VacancySkill(Skills.OrderPicking, false)]);
        (details.ContractType, details.WorkplaceMode).ShouldBe(("temp-agency", "onsite"));
        (details.Latitude, details.Longitude, details.Municipality).ShouldBe((52.5127, 6.09167, "Zwolle"));
    }

    private static Vacancy Published()
    {
        Vacancy vacancy = Vacancy.Draft(Sample.Organisation, Sample.Content, Monday);
        vacancy.Publish(Monday);
        return vacancy;
    }
}
