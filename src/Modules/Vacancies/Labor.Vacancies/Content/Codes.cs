using Labor.BuildingBlocks.Codes;
using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Content;

/// <summary>The API's spelling of the vacancy's enumerations.</summary>
internal static class Codes
{
    public static readonly CodeList<ContractType> ContractTypes = new(
        (ContractType.Permanent, "permanent"), (ContractType.Temporary, "temporary"), (ContractType.TempAgency, "temp-agency"),
        (ContractType.Apprenticeship, "apprenticeship"), (ContractType.Internship, "internship"), (ContractType.Freelance, "freelance"));

    public static readonly CodeList<WorkplaceMode> WorkplaceModes = new(
        (WorkplaceMode.Onsite, "onsite"), (WorkplaceMode.Hybrid, "hybrid"), (WorkplaceMode.Remote, "remote"));

    public static readonly CodeList<SalaryPeriod> SalaryPeriods = new(
        (SalaryPeriod.Hour, "hour"), (SalaryPeriod.Month, "month"), (SalaryPeriod.Year, "year"));

    public static readonly CodeList<VacancyStatus> Statuses = new(
        (VacancyStatus.Draft, "draft"), (VacancyStatus.Published, "published"), (VacancyStatus.Closed, "closed"), (VacancyStatus.Expired, "expired"));

    /// <summary>An employer closes as filled or withdrawn; the nightly job closes as expired.</summary>
    public static readonly CodeList<ClosedReason> ClosedReasons = new(
        (ClosedReason.Filled, "filled"), (ClosedReason.Withdrawn, "withdrawn"), (ClosedReason.Expired, "expired"));
}
