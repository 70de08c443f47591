namespace Labor.BuildingBlocks.Security;

/// <summary>The kinds of user. A person has exactly one.</summary>
public static class Roles
{
    public const string Jobseeker = "Jobseeker";
    public const string Employer = "Employer";
    public const string SectorLead = "SectorLead";
    public const string ProgrammeStaff = "ProgrammeStaff";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Jobseeker, Employer, SectorLead, ProgrammeStaff, Admin];
}
