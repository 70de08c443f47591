using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.Reference.Contracts;

namespace Labor.Outcomes.Placements;

/// <summary>An employer marks a candidate of their vacancy hired.</summary>
/// <param name="HoursPerWeek">Left out: the vacancy's most hours.</param>
internal sealed record HireRequest(Guid? VacancyId, Guid? JobseekerId, DateOnly? StartDate, int? HoursPerWeek);

/// <summary>A person reports new work: through a vacancy on this platform, or found elsewhere (occupation and sector).</summary>
/// <param name="SectorTable">For work found elsewhere; left out: the occupation's sector tables.</param>
internal sealed record WorkReport(Guid? VacancyId, string? OccupationUri, string? SectorTable, DateOnly? StartDate, int? HoursPerWeek);

internal sealed class HireRequestValidator : AbstractValidator<HireRequest>
{
    public HireRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.VacancyId).NotEmpty();
        RuleFor(r => r.JobseekerId).NotEmpty();
        RuleFor(r => r.StartDate).NotNull().Must(d => DutchTime.WithinAYear(d, time)).WithMessage(DutchTime.WithinAYearMessage);
        RuleFor(r => r.HoursPerWeek).InclusiveBetween(1, 60);
    }
}

internal sealed class WorkReportValidator : AbstractValidator<WorkReport>
{
    public WorkReportValidator(IVocabulary vocabulary, IReferenceData reference, TimeProvider time)
    {
        RuleFor(r => r.OccupationUri).NotEmpty().When(r => r.VacancyId is null)
            .WithMessage("Name the vacancy on this platform, or the occupation of work found elsewhere.");
        RuleFor(r => r.OccupationUri).Must(uri => vocabulary.FindOccupation(uri) is not null).When(r => !string.IsNullOrEmpty(r.OccupationUri))
            .WithMessage("The vocabulary has no occupation with this URI (GET /api/reference/occupations?q=… finds one).");
        RuleFor(r => r.SectorTable).Must(name => reference.FindSectorTable(name) is not null).When(r => r.SectorTable is not null)
            .WithMessage($"Use one of: {string.Join(", ", reference.SectorTables.Select(t => t.Name))}.");
        RuleFor(r => r.StartDate).NotNull().Must(d => DutchTime.WithinAYear(d, time)).WithMessage(DutchTime.WithinAYearMessage);
        RuleFor(r => r.HoursPerWeek).InclusiveBetween(1, 60);
    }
}
