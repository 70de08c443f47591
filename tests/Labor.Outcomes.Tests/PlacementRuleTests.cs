using Labor.Outcomes.Domain;

namespace Labor.Outcomes.Tests;

/// <summary>ADR 20's rules for one placement per hire, for where a person went, and for believable start dates.</summary>
public sealed class PlacementRuleTests
{
    private static readonly DateTimeOffset Now = FixedClock.Noon;
    private static readonly DateOnly Start = new(2026, 4, 1);
    private static readonly Guid Employer = Guid.NewGuid();
    private static readonly PlacementOrigin Warehouse = new("uwv-benefit", Occupations.ForkliftDriver, ["Transport & Logistiek"], "Zwolle");

    private static NewWork ByEmployer(DateOnly start, Guid? organisation = null) =>
        new(true, Guid.NewGuid(), organisation ?? Employer, Occupations.ForkliftDriver, ["Transport & Logistiek"], start, 32, ProposedByMatch: true, AfterTraining: false);

    private static NewWork ByPerson(DateOnly start, Guid? organisation = null, params string[] sectors) =>
        new(false, null, organisation, Occupations.Nurse, sectors.Length == 0 ? ["Zorg & Welzijn"] : sectors, start, 24, ProposedByMatch: false, AfterTraining: false);

    [Theory]
    [InlineData(0, true)]
    [InlineData(31, true)]
    [InlineData(-31, true)]
    [InlineData(32, false)]
    public void Reports_of_one_person_starting_within_a_month_of_each_other_are_one_hire(int daysApart, bool same)
    {
        Placement placement = Placement.Record(Guid.NewGuid(), Warehouse, ByEmployer(Start), Now);

        placement.IsSameHire(ByPerson(Start.AddDays(daysApart))).ShouldBe(same);
    }

    [Fact]
    public void A_report_naming_another_employer_is_another_hire_however_close_the_start()
    {
        Placement placement = Placement.Record(Guid.NewGuid(), Warehouse, ByEmployer(Start), Now);

        placement.IsSameHire(ByEmployer(Start, Guid.NewGuid())).ShouldBeFalse();
        placement.IsSameHire(ByPerson(Start, Employer)).ShouldBeTrue();
    }

    [Fact]
    public void The_employers_word_counts_for_where_the_person_went_and_a_known_fact_stays_known()
    {
        Placement placement = Placement.Record(Guid.NewGuid(), Warehouse, ByPerson(Start.AddDays(5)), Now);
        placement.ReportedBy.ShouldBe("person");
        placement.CrossedSectors.ShouldBeTrue("from Transport & Logistiek into Zorg & Welzijn");

        placement.Merge(ByEmployer(Start), Now.AddDays(1)).ShouldBeTrue();

        placement.StartDate.ShouldBe(Start);
        placement.ToSectorTables.ShouldBe(["Transport & Logistiek"]);
        placement.CrossedSectors.ShouldBeFalse();
        placement.ProposedByMatch.ShouldBeTrue();
        placement.ReportedBy.ShouldBe("both");
        placement.ChangedAt.ShouldBe(Now.AddDays(1));

        placement.Merge(ByPerson(Start.AddDays(9), null, "Bouw"), Now.AddDays(2)).ShouldBeFalse("the person's later word does not overrule the employer's");
        placement.ToSectorTables.ShouldBe(["Transport & Logistiek"]);
        placement.ProposedByMatch.ShouldBeTrue();
    }

    [Fact]
    public void Hiring_twice_changes_nothing()
    {
        Placement placement = Placement.Record(Guid.NewGuid(), Warehouse, ByEmployer(Start), Now);
        NewWork again = ByEmployer(Start) with { VacancyId = placement.VacancyId };

        placement.Merge(again, Now.AddHours(1)).ShouldBeFalse();
        placement.ChangedAt.ShouldBe(Now);
    }

    [Fact]
    public void Without_work_experience_nobody_crosses_a_sector()
    {
        Placement placement = Placement.Record(Guid.NewGuid(), PlacementOrigin.Unknown, ByPerson(Start), Now);

        placement.CrossedSectors.ShouldBeFalse("a first job crosses from nowhere");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(366, true)]
    [InlineData(-366, true)]
    [InlineData(367, false)]
    [InlineData(-400, false)]
    public void A_start_date_lies_within_a_year_of_today(int days, bool plausible)
    {
        var clock = new FixedClock(Now);
        DateOnly today = DateOnly.FromDateTime(Now.UtcDateTime);

        Labor.BuildingBlocks.Modules.DutchTime.WithinAYear(today.AddDays(days), clock).ShouldBe(plausible);
        Labor.BuildingBlocks.Modules.DutchTime.WithinAYear(null, clock).ShouldBeFalse();
    }
}
