namespace Labor.BuildingBlocks.Mail;

/// <summary>Sends e-mail; the seam that lets every module mail through one configured SMTP server.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
