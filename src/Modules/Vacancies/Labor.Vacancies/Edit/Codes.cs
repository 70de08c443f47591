using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Edit;

/// <summary>The API's spelling of the domain's enumerations, one place for both directions.</summary>
internal static class Codes
{
    public static readonly IReadOnlyDictionary<string, ContractType> ContractTypes = new Dictionary<string, ContractType>(StringComparer.OrdinalIgnoreCase)
    {
        ["permanent"] = ContractType.Permanent,
        ["temporary"] = ContractType.Temporary,
        ["temp-agency"] = ContractType.TempAgency,
        ["apprenticeship"] = ContractType.Apprenticeship,
        ["internship"] = ContractType.Internship,
        ["freelance"] = ContractType.Freelance,
    };

    public static readonly IReadOnlyDictionary<string, WorkplaceMode> WorkplaceModes = new Dictionary<string, WorkplaceMode>(StringComparer.OrdinalIgnoreCase)
    {
        ["onsite"] = WorkplaceMode.Onsite,
        ["hybrid"] = WorkplaceMode.Hybrid,
        ["remote"] = WorkplaceMode.Remote,
    };

    public static readonly IReadOnlyDictionary<string, SalaryPeriod> SalaryPeriods = new Dictionary<string, SalaryPeriod>(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = SalaryPeriod.Hour,
        ["month"] = SalaryPeriod.Month,
        ["year"] = SalaryPeriod.Year,
    };

    public static string Of<T>(IReadOnlyDictionary<string, T> codes, T value) where T : struct, Enum =>
        codes.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
