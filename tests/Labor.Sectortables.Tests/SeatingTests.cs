using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Tests;

/// <summary>A table's people: at most three kartrekkers and one projectleider (<see cref="Table.Seat"/>).</summary>
public sealed class SeatingTests
{
    private static readonly Guid Admin = Guid.Parse("00000000-0000-0000-0000-0000000000ad");
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly Table _table = new() { Id = Guid.NewGuid(), Name = "Zorg & Welzijn" };

    [Fact]
    public void A_fourth_kartrekker_and_a_second_projectleider_find_no_seat()
    {
        for (int i = 0; i < 3; i++)
        {
            _table.Seat(Guid.NewGuid(), TableFunction.Kartrekker, Admin, Monday).ShouldBeTrue();
        }

        _table.Seat(Guid.NewGuid(), TableFunction.Projectleider, Admin, Monday).ShouldBeTrue();

        _table.Seat(Guid.NewGuid(), TableFunction.Kartrekker, Admin, Monday).ShouldBeFalse();
        _table.Seat(Guid.NewGuid(), TableFunction.Projectleider, Admin, Monday).ShouldBeFalse();
        _table.People.Count.ShouldBe(4);
    }

    [Fact]
    public void Seating_someone_again_in_their_own_function_at_a_full_table_changes_nothing()
    {
        Guid projectleider = Guid.NewGuid();
        _table.Seat(projectleider, TableFunction.Projectleider, Admin, Monday);

        _table.Seat(projectleider, TableFunction.Projectleider, Guid.NewGuid(), Monday.AddDays(1)).ShouldBeTrue();

        TablePerson seated = _table.People.ShouldHaveSingleItem();
        (seated.Since, seated.AddedBy).ShouldBe((Monday, Admin));
    }

    [Fact]
    public void Someone_at_the_table_can_change_function_when_the_other_has_room()
    {
        Guid person = Guid.NewGuid();
        _table.Seat(person, TableFunction.Kartrekker, Admin, Monday);

        _table.Seat(person, TableFunction.Projectleider, Admin, Monday.AddDays(1)).ShouldBeTrue();

        TablePerson seated = _table.People.ShouldHaveSingleItem("changed, not seated twice");
        (seated.Function, seated.Since).ShouldBe((TableFunction.Projectleider, Monday.AddDays(1)));
        _table.HasRoomFor(Guid.NewGuid(), TableFunction.Projectleider).ShouldBeFalse();
    }

    [Fact]
    public void Only_someone_at_the_table_can_be_unseated()
    {
        Guid person = Guid.NewGuid();
        _table.Seat(person, TableFunction.Kartrekker, Admin, Monday);

        _table.Unseat(Guid.NewGuid()).ShouldBeFalse();
        _table.Unseat(person).ShouldBeTrue();
        _table.IsPerson(person).ShouldBeFalse();
    }
}
