using static Decisions.Tests.Reminders.ReminderStory;

namespace Decisions.Tests.Reminders;

/// <summary>A scheduled reminder is stored with the register: a host stopped before its time leaves it to the next host, which sends it once.</summary>
public class ReminderRestartTests
{
    static readonly DateOnly Today = new(2030, 5, 6);
    static readonly DateTime SevenAm = Today.ToDateTime(new TimeOnly(7, 0));

    [Fact]
    public async Task A_reminder_due_while_no_host_ran_arrives_once_from_the_next_host_and_not_again_from_the_one_after()
    {
        var clock = new TestClock();
        clock.Stop(Today.ToDateTime(new TimeOnly(5, 0)));
        await using var smtp = new SmtpInbox(clock);
        await using var webhooks = await WebhookReceiver.StartAsync(clock);

        var first = new ReminderApp(clock, smtp, webhooks);
        await first.InitializeAsync();
        await Body(first.Api(), "Byggnadsnämnden", "sekreterare@kommun.example", ("Förvaltningen", "forvaltningen@kommun.example"));
        clock.Stop(SevenAm.AddSeconds(-3));
        var id = await Assignment(first.Api(), "Byggnadsnämnden", 1, "Förvaltningen", Today.AddDays(7));
        var register = (first.ConnectionString, first.Registrator);
        await first.DisposeAsync();
        clock.Run();

        await Eventually(() => clock.LocalNow >= SevenAm.AddSeconds(1), "klockan sju");
        smtp.MailsOf(id).ShouldBeEmpty();
        await using (var second = new ReminderApp(clock, smtp, webhooks, register))
        {
            await second.InitializeAsync();
            await Eventually(() => smtp.MailsOf(id).Count > 0 && webhooks.About(id).Count > 0, "påminnelsen efter omstarten");
            await Task.Delay(1000);
        }
        await using (var third = new ReminderApp(clock, smtp, webhooks, register))
        {
            await third.InitializeAsync();
            await Task.Delay(1500);
        }

        smtp.MailsOf(id).ShouldHaveSingleItem().ArrivedLocal.ShouldBeGreaterThanOrEqualTo(SevenAm);
        webhooks.About(id).ShouldHaveSingleItem().SignatureValid.ShouldBeTrue();
    }
}
