using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Decisions.Reminders;

public static class ReminderSetup
{
    public static void AddReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidation>();
        builder.Services.TryAddSingleton(sp => new ReminderClock(TimeProvider.System, sp.GetRequiredService<IOptions<ReminderOptions>>().Value.Zone));
        builder.Services.AddHttpClient(ReminderDeliveryHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.ConfigureWolverine(opts =>
        {
            // One at a time: two copies of one reminder (scheduled before and after its due moved back) meet in order,
            // and the second finds the first's record.
            opts.LocalQueue("reminders").Sequential();
            opts.PublishMessage<SendReminder>().ToLocalQueue("reminders");
            opts.LocalQueue("reminder-deliveries").MaximumParallelMessages(2);
            opts.PublishMessage<DeliverReminderMail>().ToLocalQueue("reminder-deliveries");
            opts.PublishMessage<DeliverReminderWebhook>().ToLocalQueue("reminder-deliveries");
        });
    }
}
