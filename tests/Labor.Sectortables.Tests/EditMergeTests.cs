using Labor.Sectortables.Actions;
using Labor.Sectortables.Pages.Tables;

namespace Labor.Sectortables.Tests;

/// <summary>
/// A lead saves an action a colleague changed after the editor opened: the lead's changes are merged onto the
/// colleague's version, so saving the merged form undoes nothing the lead did not mean to change (<see cref="EditMerge"/>).
/// </summary>
public sealed class EditMergeTests
{
    /// <summary>The editor as the lead opened it, on version 1.</summary>
    private static readonly ActionForm Opened = Open(ActionForm.From(Sample.Request with { Version = 1 }));

    /// <summary>The action now: a colleague raised the target and renamed the unit (version 2).</summary>
    private static readonly ActionForm Current = ActionForm.From(Sample.Request with { Target = 130, Unit = "deelnemers", Version = 2 });

    [Fact]
    public void The_leads_changes_stand_and_every_other_field_takes_the_colleagues()
    {
        ActionForm posted = Opened with { Title = "Zij-instromers in zorg en welzijn", Target = 150 };

        (ActionForm merged, IReadOnlyList<string> bothChanged) = EditMerge.Onto(Current, posted);

        (merged.Title, merged.Target, merged.Unit).ShouldBe(("Zij-instromers in zorg en welzijn", 150m, "deelnemers"));
        bothChanged.ShouldBe(["target"], "the lead is shown where they overrule the colleague");
        merged.Version.ShouldBe(2, "saved again, it is an edit of the current version");
    }

    [Fact]
    public void A_field_both_changed_to_the_same_value_is_no_conflict()
    {
        (_, IReadOnlyList<string> bothChanged) = EditMerge.Onto(Current, Opened with { Unit = "deelnemers" });

        bothChanged.ShouldBeEmpty();
    }

    [Fact]
    public void A_textarea_sent_back_with_other_line_ends_and_spaces_is_unchanged()
    {
        ActionForm current = Current with { Partners = "Deltion College\nFNV\nWindesheim" };
        ActionForm posted = Opened with { Partners = "Deltion College\r\nFNV \r\n", Title = "Zij-instromers" };

        (ActionForm merged, IReadOnlyList<string> bothChanged) = EditMerge.Onto(current, posted);

        merged.Partners.ShouldBe("Deltion College\nFNV\nWindesheim", "the lead did not touch the partners: the colleague's addition stays");
        bothChanged.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    public void Without_what_the_editor_opened_with_all_of_the_leads_input_is_taken_as_meant(string? opened)
    {
        ActionForm posted = Opened with { Title = "Zij-instromers", Opened = opened };

        (ActionForm merged, IReadOnlyList<string> bothChanged) = EditMerge.Onto(Current, posted);

        (merged.Title, merged.Target, merged.Unit).ShouldBe(("Zij-instromers", 120m, "personen"));
        bothChanged.ShouldBeEmpty();
    }

    [Fact]
    public void The_merged_form_opens_on_the_current_version_so_saving_it_merges_cleanly()
    {
        (ActionForm merged, _) = EditMerge.Onto(Current, Opened with { Target = 150 });

        (ActionForm again, IReadOnlyList<string> bothChanged) = EditMerge.Onto(Current, merged);

        again.ShouldBe(merged);
        bothChanged.ShouldBeEmpty();
    }

    private static ActionForm Open(ActionForm form)
    {
        form.Opened = EditMerge.Write(form);
        return form;
    }
}
