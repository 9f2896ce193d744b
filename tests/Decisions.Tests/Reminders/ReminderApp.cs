using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Reminders;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wolverine;

namespace Decisions.Tests.Reminders;

/// <summary>
/// The host with reminders going to an SMTP server and a webhook receiver of the test's own, on the test's clock, and
/// looking for due scheduled messages often (the product looks every few seconds; a reminder goes out at a time of day).
/// Given <paramref name="existing"/>, it is a host started again on that register's database, acting as its registrator.
/// </summary>
public sealed class ReminderApp(TestClock clock, SmtpInbox smtp, WebhookReceiver webhooks, (string ConnectionString, TestAccount Registrator)? existing = null)
    : DecisionsApp
{
    public TestClock Clock => clock;

    public override async Task InitializeAsync()
    {
        if (existing is null)
        {
            await base.InitializeAsync();
            return;
        }
        ConnectionString = existing.Value.ConnectionString;
        // The host starts on first use of its services: now, so its stored messages are picked up from here on.
        _ = Services;
    }

    public TestAccount Account => existing?.Registrator ?? Registrator;

    public HttpClient Api()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Account.Token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Reminders:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Reminders:Smtp:Security", "None");
        builder.UseSetting("Reminders:Smtp:From", "Beslutsregistret <beslut@kommun.example>");
        builder.UseSetting("Reminders:Webhooks:Urls:0", webhooks.Url);
        builder.UseSetting("Reminders:Webhooks:Secret", WebhookReceiver.Secret);
        builder.UseSetting("Reminders:RegisterUrl", "https://beslut.kommun.example");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new ReminderClock(clock, TestClock.Zone));
            services.ConfigureWolverine(o => o.Durability.ScheduledJobPollingTime = TimeSpan.FromMilliseconds(200));
        });
    }
}

/// <summary>How the reminder tests record what the register is told, and wait for what follows.</summary>
public static class ReminderStory
{
    public static readonly DateOnly GivenOn = new(2030, 2, 1);

    public static async Task Body(HttpClient api, string name, string? secretary, params (string Assignee, string Email)[] contacts)
    {
        var id = StreamIds.Body(name);
        await api.Accept("/api/bodies", new RegisterBody(name, BodyNames.KindOf(name), null, new DateOnly(2030, 1, 1)));
        if (secretary is not null) await api.Accept("/api/bodies/reminders/secretary", new SetSecretaryEmail(id, secretary, new DateOnly(2030, 1, 2)));
        foreach (var (assignee, email) in contacts)
            await api.Accept("/api/bodies/reminders/contacts", new SetAssigneeContact(id, assignee, email, new DateOnly(2030, 1, 2)));
    }

    /// <summary>An assignment of § <paramref name="paragraph"/> of the body's meeting on <see cref="GivenOn"/>, due on <paramref name="due"/>.</summary>
    public static async Task<string> Assignment(HttpClient api, string body, int paragraph, string assignee, DateOnly due)
    {
        var bodyId = StreamIds.Body(body);
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(GivenOn, null, null, null)));
        await api.Accept("/api/decisions", new TakeDecision(new DecisionDetails(bodyId, GivenOn, paragraph, $"Uppdrag {paragraph}", "KS 2030/0001",
            DecisionKind.Decision, [$"{assignee} får i uppdrag att återkomma med plan {paragraph}."], [], [], [], [], [], [])));
        var decisionId = StreamIds.Decision(StreamIds.Meeting(bodyId, GivenOn), paragraph);
        await api.Accept("/api/assignments", new GiveAssignment(decisionId, 1, bodyId, "KS 2030/0001", assignee, $"återkomma med plan {paragraph}",
            Due.OnDate(due, $"senast den {due:yyyy-MM-dd}"), GivenOn));
        return StreamIds.Assignment(decisionId, 1);
    }

    /// <summary>The mails of one assignment's reminders, told apart by the delivery header every reminder carries.</summary>
    public static IReadOnlyList<(MimeMessage Message, DateTime ArrivedLocal)> MailsOf(this SmtpInbox inbox, string assignmentId) =>
        [.. inbox.Messages.Where(m => m.Message.Headers[ReminderDeliveryHandler.DeliveryHeader]?.StartsWith(assignmentId + "/", StringComparison.Ordinal) == true)];

    public static async Task Eventually(Func<bool> done, string what, double seconds = 20)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (watch.Elapsed.TotalSeconds > seconds) throw new TimeoutException($"{what}: inte inom {seconds} s.");
            await Task.Delay(50);
        }
    }
}
