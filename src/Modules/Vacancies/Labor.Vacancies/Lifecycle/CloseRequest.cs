using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.Vacancies.Content;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Lifecycle;

/// <param name="Reason">filled or withdrawn (the default).</param>
/// <param name="Hired">With filled: the vacancy's candidates who were hired, each with a start date (a placement each, ADR 20).</param>
/// <param name="FilledFromOutside">With filled: someone from outside the platform filled it.</param>
internal sealed record CloseRequest(string? Reason, IReadOnlyList<ClosingHire>? Hired = null, bool? FilledFromOutside = null)
{
    public const int MaxHires = 50;

    /// <summary>Already validated.</summary>
    public VacancyClosing ToClosing() => new(
        Reason is null ? ClosedReason.Withdrawn : Codes.ClosedReasons[Reason],
        [.. (Hired ?? []).Select(h => new VacancyHire(h.JobseekerId!.Value, h.StartDate!.Value))],
        FilledFromOutside == true);
}

internal sealed record ClosingHire(Guid? JobseekerId, DateOnly? StartDate);

/// <summary>How a vacancy closes: why, and when filled, by whom.</summary>
internal sealed record VacancyClosing(ClosedReason Reason, IReadOnlyList<VacancyHire> Hires, bool FilledFromOutside)
{
    public static VacancyClosing Because(ClosedReason reason) => new(reason, [], false);
}

internal sealed class CloseRequestValidator : AbstractValidator<CloseRequest>
{
    public CloseRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Reason).Must(reason => reason is null || (Codes.ClosedReasons.TryParse(reason, out ClosedReason parsed) && parsed != ClosedReason.Expired))
            .WithMessage("Use filled or withdrawn.");
        RuleFor(r => r.Hired).Must(hired => hired!.Count <= CloseRequest.MaxHires).When(r => r.Hired is not null).WithMessage($"At most {CloseRequest.MaxHires} hires.")
            .Must(hired => hired!.Select(h => h?.JobseekerId).Distinct().Count() == hired!.Count).When(r => r.Hired is not null).WithMessage("Each person once.");
        RuleFor(r => r.Hired).Empty().When(r => !IsFilled(r)).WithMessage("Only a filled vacancy names whom it hired.");
        RuleFor(r => r.FilledFromOutside).Must(outside => outside != true).When(r => !IsFilled(r))
            .WithMessage("Only a filled vacancy is filled from outside.");
        RuleFor(r => r.FilledFromOutside).Must(outside => outside != true).When(r => r.Hired is { Count: > 0 })
            .WithMessage("Name the candidates hired, or say it was filled from outside, not both.");
        RuleForEach(r => r.Hired).NotNull().ChildRules(hire =>
        {
            hire.RuleFor(h => h.JobseekerId).NotEmpty();
            hire.RuleFor(h => h.StartDate).NotNull().Must(d => DutchTime.WithinAYear(d, time)).WithMessage(DutchTime.WithinAYearMessage);
        });
    }

    private static bool IsFilled(CloseRequest request) => Codes.ClosedReasons.TryParse(request.Reason, out ClosedReason reason) && reason == ClosedReason.Filled;
}
