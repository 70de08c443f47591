using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Mail;

public static class MailRegistration
{
    public static IServiceCollection AddLaborMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
