namespace Labor.BuildingBlocks.Modules;

/// <summary>
/// The ids demo data shares across modules, so each module can seed its part of one demo person or organisation
/// without asking another. Demo data only (<c>Labor:DemoData</c>); never used otherwise.
/// </summary>
public static class DemoIds
{
    /// <summary>The organisation of the demo employer account and of the demo vacancies.</summary>
    public static readonly Guid Organisation = Guid.Parse("0195a7c4-3d2e-7000-8000-000000000001");

    /// <summary>The demo jobseeker's account, and so their profile.</summary>
    public static readonly Guid Jobseeker = Guid.Parse("0195a7c4-3d2e-7000-8000-000000000002");
}
