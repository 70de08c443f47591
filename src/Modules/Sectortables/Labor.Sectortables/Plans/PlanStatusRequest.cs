using FluentValidation;
using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Plans;

/// <param name="Status">concept, ter-accordering, geaccordeerd, gestart or afgerond.</param>
internal sealed record PlanStatusRequest(string? Status, string? Note);

internal sealed class PlanStatusRequestValidator : AbstractValidator<PlanStatusRequest>
{
    public PlanStatusRequestValidator()
    {
        RuleFor(r => r.Status).Must(s => PlanStatuses.Codes.Contains(s))
            .WithMessage(PlanStatuses.Codes.Expected);
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}
