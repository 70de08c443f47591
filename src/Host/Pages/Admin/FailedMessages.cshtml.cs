using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Host.FailedMessages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Labor.Host.Pages.Admin;

[Authorize(Policy = Policies.Admin)]
internal sealed class FailedMessagesModel(ErrorQueues queues) : FormPage
{
    public IReadOnlyList<FailedQueue> Queues { get; private set; } = [];

    /// <summary>"Replayed", "Discarded", "Gone" (someone else took it) or "Unreachable".</summary>
    public string? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task OnPostReplayAsync(string queue, Guid messageId, CancellationToken cancellationToken) =>
        ActAsync(() => queues.ReplayAsync(queue, messageId, cancellationToken), "Replayed", cancellationToken);

    public Task OnPostDiscardAsync(string queue, Guid messageId, CancellationToken cancellationToken) =>
        ActAsync(() => queues.DiscardAsync(queue, messageId, cancellationToken), "Discarded", cancellationToken);

    private async Task ActAsync(Func<Task<bool>> act, string done, CancellationToken cancellationToken)
    {
        try
        {
            Outcome = await act() ? done : "Gone";
        }
        catch (Exception exception) when (FailedMessagesSetup.IsUnreachable(exception))
        {
            Outcome = "Unreachable";
            return;
        }

        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Queues = await queues.ListAsync(cancellationToken);
        }
        catch (Exception exception) when (FailedMessagesSetup.IsUnreachable(exception))
        {
            Outcome = "Unreachable";
        }
    }
}
