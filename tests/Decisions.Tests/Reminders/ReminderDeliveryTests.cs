using System.Net;
using System.Text.Json;
using Decisions.Assignments;
using Decisions.Organisations;
using Decisions.Reminders;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;
using static Decisions.Tests.Reminders.ReminderStory;

namespace Decisions.Tests.Reminders;

/// <summary>
/// A morning in the register: shortly before 07:00 on <see cref="Today"/>, when reminders go out, assignments are given,
/// moved, finished and marked; the facts then look at what reached the mail server and the webhook receiver.
/// </summary>
public sealed class ReminderMorning : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2030, 3, 4);
    public static readonly DateTime SevenAm = Today.ToDateTime(new TimeOnly(7, 0));
    /// <summary>How long before seven the clock runs on once the morning's assignments are recorded.</summary>
    static readonly TimeSpan Lead = TimeSpan.FromSeconds(4);

    public TestClock Clock { get; } = new();
    public SmtpInbox Smtp { get; private set; } = null!;
    public WebhookReceiver Webhooks { get; private set; } = null!;
    public ReminderApp App { get; private set; } = null!;
    public Dictionary<string, string> Ids { get; } = [];

    public const string Ks = "Kommunstyrelsen", Mn = "Miljönämnden", Tn = "Tekniska nämnden", OtherOrganisation = "kommunb";
    public const string TechnicalOffice = "teknik@kommunb.example";
    public const string Secretary = "sekreterare@kommun.example", Director = "kd@kommun.example", Office = "forvaltningen@kommun.example";

    public async Task InitializeAsync()
    {
        Clock.Stop(Today.ToDateTime(new TimeOnly(5, 0)));
        Smtp = new SmtpInbox(Clock);
        Webhooks = await WebhookReceiver.StartAsync(Clock);
        App = new ReminderApp(Clock, Smtp, Webhooks);
        await App.InitializeAsync();
        var api = App.Api();
        await Body(api, Ks, Secretary, ("Kommundirektören", Director));
        await Body(api, Mn, Secretary, ("Förvaltningen", Office));
        await api.Accept("/api/bodies/reminders/days", new SetReminderDays("miljonamnden", 14, new DateOnly(2030, 1, 2)));
        // A second organisation, in a database of its own: its reminders go out by the same morning's round.
        await App.Services.GetRequiredService<OrganisationDirectory>().AddAsync(OtherOrganisation, "Kommun B", null, []);
        var inB = App.CreateClient(await App.CreateAccountAsync("registrator@kommunb.example", "Bo B", "registrator", [OtherOrganisation]), $"{OtherOrganisation}.localhost");
        await Body(inB, Tn, Secretary, ("Tekniska kontoret", TechnicalOffice));

        Clock.Stop(SevenAm - Lead);
        Ids["ahead"] = await Assignment(api, Ks, 1, "Kommundirektören", Today.AddDays(7));
        Ids["dueDay"] = await Assignment(api, Ks, 2, "kommundirektören", Today);
        Ids["movedNearer"] = await Assignment(api, Ks, 3, "Kommundirektören", Today.AddDays(10));
        await api.Accept("/api/assignments/deadline-changes", new ChangeDeadline(Ids["movedNearer"], Due.OnDate(Today.AddDays(7), "senast om en vecka"), "Nämnden vill ha svar före sitt sammanträde", null, Today.AddDays(-1)));
        Ids["movedAway"] = await Assignment(api, Ks, 4, "Kommundirektören", Today.AddDays(7));
        await api.Accept("/api/assignments/deadline-changes", new ChangeDeadline(Ids["movedAway"], Due.OnDate(Today.AddDays(30), "senast den 3 april"), "Förlängd tid", null, Today.AddDays(-1)));
        Ids["withdrawn"] = await Assignment(api, Ks, 5, "Kommundirektören", Today.AddDays(7));
        await api.Accept("/api/assignments/withdrawals", new WithdrawAssignment(Ids["withdrawn"], "Uppdraget behövs inte längre", null, Today.AddDays(-1)));
        Ids["reported"] = await Assignment(api, Ks, 6, "Kommundirektören", Today.AddDays(7));
        await api.Accept("/api/assignments/report-backs", new ReceiveReportBack(Ids["reported"], new ReportBack(Today.AddDays(-1), "KS 2030/0001", ReportCompleteness.Complete, "Planen är klar")));
        Ids["confidential"] = await Assignment(api, Ks, 7, "Kommundirektören", Today.AddDays(7));
        await (await App.CreateAdministratorClientAsync()).Accept("/api/assignments/confidential",
            new MarkAssignmentConfidential(Ids["confidential"], "OSL 19 kap. 1 §", Today.AddDays(-1)));
        Ids["inB"] = await Assignment(inB, Tn, 1, "Tekniska kontoret", Today.AddDays(7));
        Ids["noContact"] = await Assignment(api, Ks, 8, "Ekonomichefen", Today.AddDays(7));
        Ids["window"] = await Assignment(api, Mn, 1, "Förvaltningen", Today.AddDays(14));
        Ids["withinWindow"] = await Assignment(api, Mn, 2, "Förvaltningen", Today.AddDays(7));
        Ids["twice"] = await Assignment(api, Mn, 3, "Förvaltningen", Today.AddDays(7));
        await Eventually(() => Smtp.MailsOf(Ids["twice"]).Count == 1, "påminnelsen inom fönstret");
        await api.Accept("/api/assignments/deadline-changes", new ChangeDeadline(Ids["twice"], Due.OnDate(Today, "i dag"), "Nämnden vill ha svaret i dag", null, Today.AddDays(-1)));
        Clock.Run();
    }

    Task? pastSeven;

    /// <summary>Seven o'clock has passed, and a moment more for anything that was going to arrive.</summary>
    public Task PastSeven() => pastSeven ??= Task.Run(async () =>
    {
        await Eventually(() => Clock.LocalNow >= SevenAm.AddSeconds(4), "klockan sju");
        await Eventually(() => Smtp.MailsOf(Ids["ahead"]).Count > 0, "påminnelsen före");
        await Task.Delay(1500);
    });

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Webhooks.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public class ReminderDeliveryTests(ReminderMorning morning) : IClassFixture<ReminderMorning>
{
    SmtpInbox Smtp => morning.Smtp;
    WebhookReceiver Webhooks => morning.Webhooks;
    string Id(string name) => morning.Ids[name];

    [Fact]
    public async Task A_reminder_a_week_ahead_reaches_the_assignee_with_the_secretary_as_copy_once_and_not_before_seven()
    {
        await morning.PastSeven();
        var mail = Smtp.MailsOf(Id("ahead")).ShouldHaveSingleItem();
        mail.ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        mail.Message.To.Mailboxes.Select(m => m.Address).ShouldBe([ReminderMorning.Director]);
        mail.Message.Cc.Mailboxes.Select(m => m.Address).ShouldBe([ReminderMorning.Secretary]);
        mail.Message.Subject.ShouldBe("Påminnelse: Kommundirektören ska redovisa uppdrag om 7 dagar, 2030-03-11");
        mail.Message.TextBody!.ShouldContain("Uppdrag: återkomma med plan 1");
        mail.Message.TextBody!.ShouldContain("Ärende: KS 2030/0001");
        mail.Message.TextBody!.ShouldContain($"https://beslut.kommun.example/uppdrag/{Uri.EscapeDataString(Id("ahead"))}");
    }

    [Fact]
    public async Task An_assignment_of_another_organisation_is_reminded_of_with_a_link_to_that_organisations_register()
    {
        await morning.PastSeven();
        // The scheduled messages of an organisation added while the host runs are polled once Wolverine has given its
        // database an agent, which can take until its next round of assigning them.
        await Eventually(() => Smtp.MailsOf(Id("inB")).Count > 0, "påminnelsen i den andra organisationen", seconds: 90);
        var mail = Smtp.MailsOf(Id("inB")).ShouldHaveSingleItem();
        mail.ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        mail.Message.To.Mailboxes.Select(m => m.Address).ShouldBe([ReminderMorning.TechnicalOffice]);
        mail.Message.TextBody!.ShouldContain($"https://{ReminderMorning.OtherOrganisation}.beslut.kommun.example/uppdrag/{Uri.EscapeDataString(Id("inB"))}");
        Webhooks.About(Id("inB")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_webhook_carries_the_reminder_as_json_signed_so_the_receiver_can_check_it()
    {
        await morning.PastSeven();
        var hook = Webhooks.About(Id("ahead")).ShouldHaveSingleItem();
        hook.SignatureValid.ShouldBeTrue(hook.Signature);
        hook.ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        var json = JsonDocument.Parse(hook.Body).RootElement;
        json.GetProperty("kind").GetString().ShouldBe("Before");
        json.GetProperty("dueDate").GetString().ShouldBe("2030-03-11");
        json.GetProperty("daysLeft").GetInt32().ShouldBe(7);
        json.GetProperty("assignee").GetString().ShouldBe("Kommundirektören");
        Uri.UnescapeDataString(hook.DeliveryId!).ShouldBe(json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_reminder_of_the_day_goes_out_on_the_day_and_says_so()
    {
        await morning.PastSeven();
        var mail = Smtp.MailsOf(Id("dueDay")).ShouldHaveSingleItem();
        mail.ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        mail.Message.Subject.ShouldEndWith("i dag, 2030-03-04");
    }

    [Fact]
    public async Task A_moved_due_is_reminded_of_as_it_now_stands_and_the_old_one_not_at_all()
    {
        await morning.PastSeven();
        Smtp.MailsOf(Id("movedNearer")).ShouldHaveSingleItem().Message.Subject.ShouldEndWith("om 7 dagar, 2030-03-11");
        Smtp.MailsOf(Id("movedAway")).ShouldBeEmpty();
        Webhooks.About(Id("movedAway")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_withdrawn_or_fully_reported_assignment_is_reminded_of_no_more()
    {
        await morning.PastSeven();
        Smtp.MailsOf(Id("withdrawn")).ShouldBeEmpty();
        Smtp.MailsOf(Id("reported")).ShouldBeEmpty();
        Webhooks.About(Id("withdrawn")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_assignment_under_sekretess_is_reminded_of_by_mail_without_its_task_and_never_by_webhook()
    {
        await morning.PastSeven();
        var mail = Smtp.MailsOf(Id("confidential")).ShouldHaveSingleItem().Message;
        mail.Subject.ShouldBe("Påminnelse: uppdrag under sekretess ska redovisas om 7 dagar, 2030-03-11");
        mail.TextBody!.ShouldNotContain("plan 7");
        mail.TextBody!.ShouldNotContain("KS 2030/0001");
        mail.TextBody!.ShouldContain("https://beslut.kommun.example/sekretess");
        Webhooks.About(Id("confidential")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_assignee_without_an_address_leaves_the_secretary_reminded_and_told_why()
    {
        await morning.PastSeven();
        var mail = Smtp.MailsOf(Id("noContact")).ShouldHaveSingleItem().Message;
        mail.To.Mailboxes.Select(m => m.Address).ShouldBe([ReminderMorning.Secretary]);
        mail.Cc.ShouldBeEmpty();
        mail.TextBody!.ShouldContain("\"Ekonomichefen\" har ingen e-postadress");
    }

    [Fact]
    public async Task A_body_of_a_longer_window_is_reminded_that_much_ahead_and_a_due_inside_it_at_once()
    {
        await morning.PastSeven();
        var window = Smtp.MailsOf(Id("window")).ShouldHaveSingleItem();
        window.Message.Subject.ShouldEndWith("om 14 dagar, 2030-03-18");
        window.Message.To.Mailboxes.Select(m => m.Address).ShouldBe([ReminderMorning.Office]);
        window.ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        // Given on a day already inside the window: the reminder ahead is not held back to a day that has passed.
        Smtp.MailsOf(Id("withinWindow")).ShouldHaveSingleItem().ArrivedLocal.ShouldBeLessThan(ReminderMorning.SevenAm);
    }

    [Fact]
    public async Task A_due_moved_after_its_reminder_went_out_is_reminded_of_again_as_it_now_stands()
    {
        await morning.PastSeven();
        var mails = Smtp.MailsOf(Id("twice"));
        mails.Select(m => m.Message.Subject).ShouldBe([
            "Påminnelse: Förvaltningen ska redovisa uppdrag om 7 dagar, 2030-03-11",
            "Påminnelse: Förvaltningen ska redovisa uppdrag i dag, 2030-03-04"]);
        mails[1].ArrivedLocal.ShouldBeGreaterThanOrEqualTo(ReminderMorning.SevenAm);
        await using var session = morning.App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.FetchStreamAsync(ReminderLog.StreamId(Id("twice")))).Select(e => ((ReminderSent)e.Data).Kind)
            .ShouldBe([ReminderKind.Before, ReminderKind.DueDay]);
    }

    [Fact]
    public async Task A_reminder_that_went_out_is_recorded_by_the_register_and_a_second_message_for_it_does_nothing()
    {
        await morning.PastSeven();
        var runtime = morning.App.Services.GetRequiredService<IWolverineRuntime>();
        await new MessageBus(runtime).InvokeAsync(new SendReminder(Id("ahead"), ReminderKind.Before, ReminderMorning.Today.AddDays(7), ReminderMorning.Today));
        await new MessageBus(runtime).InvokeAsync(new SendReminder(Id("ahead"), ReminderKind.Before, ReminderMorning.Today.AddDays(7), ReminderMorning.Today));
        await Task.Delay(1000);
        Smtp.MailsOf(Id("ahead")).Count.ShouldBe(1);
        Webhooks.About(Id("ahead")).Count.ShouldBe(1);

        await using var session = morning.App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var recorded = (await session.Events.FetchStreamAsync(ReminderLog.StreamId(Id("ahead")))).ShouldHaveSingleItem();
        recorded.UserName.ShouldBe("registret");
        var sent = recorded.Data.ShouldBeOfType<ReminderSent>();
        (sent.OccurredOn, sent.Kind, sent.Webhooks).ShouldBe((ReminderMorning.Today, ReminderKind.Before, 1));
        sent.Recipients.ShouldBe([ReminderMorning.Director, ReminderMorning.Secretary]);

        var listed = await morning.App.Api().GetJson<List<SentReminderView>>($"/api/assignments/{Api.Encoded(Id("ahead"))}/reminders");
        listed.ShouldHaveSingleItem().DueDate.ShouldBe(ReminderMorning.Today.AddDays(7));
        (await morning.App.Api().GetAsync($"/api/assignments/{Api.Encoded(Id("confidential"))}/reminders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reminder_settings_are_for_those_who_record_and_a_bad_one_is_refused_naming_its_field()
    {
        var api = morning.App.Api();
        var settings = await api.GetJson<ReminderSettings>("/api/bodies/miljonamnden/reminders");
        settings.DaysBefore.ShouldBe(14);
        settings.ContactFor("förvaltningen").ShouldBe(ReminderMorning.Office);
        (await morning.App.CreateAnonymousClient().GetAsync("/api/bodies/miljonamnden/reminders")).IsSuccessStatusCode.ShouldBeFalse();

        var bad = await api.Send("/api/bodies/reminders/contacts", new SetAssigneeContact("kommunstyrelsen", "Kommundirektören", "kd på kommunen", ReminderMorning.Today));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("inte en e-postadress");
        var days = await api.Send("/api/bodies/reminders/days", new SetReminderDays("kommunstyrelsen", 0, ReminderMorning.Today));
        days.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await days.Content.ReadAsStringAsync()).ShouldContain("daysBefore", Case.Insensitive);
        (await api.Send("/api/bodies/reminders/secretary", new SetSecretaryEmail("okand-namnd", "a@b.se", ReminderMorning.Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_secretary_keeps_the_settings_on_a_page_of_forms_and_a_bad_address_is_named_beside_its_field()
    {
        await ReminderStory.Body(morning.App.Api(), "Socialnämnden", null);
        var browser = await morning.App.SignInAsync(morning.App.Registrator);
        const string page = "/organ/socialnamnden/paminnelser";
        (await browser.GetStringAsync(page)).ShouldContain("Ingen uppdragstagare har en adress ännu.");

        var bad = await browser.PostForm(page + "/kontakt", [new("version", "1"), new("uppdragstagare", "Socialchefen"), new("epost", "socialchefen")], page);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("socialchefen&#39; är inte en e-postadress");
        var days = await browser.PostForm(page + "/dagar", [new("version", "1"), new("dagar", "två veckor")], page);
        (await days.Content.ReadAsStringAsync()).ShouldContain("två veckor&#39; är inte ett antal dagar");

        (await browser.PostForm(page + "/kontakt", [new("version", "1"), new("uppdragstagare", "Socialchefen"), new("epost", "socialchef@kommun.example")], page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PostForm(page + "/dagar", [new("version", "2"), new("dagar", "21")], page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var settings = await morning.App.Api().GetJson<ReminderSettings>("/api/bodies/socialnamnden/reminders");
        (settings.DaysBefore, settings.ContactFor("socialchefen")).ShouldBe((21, "socialchef@kommun.example"));
        var anonymous = await morning.App.CreateAnonymousClient(new() { AllowAutoRedirect = false }).GetAsync(page);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/logga-in");
    }
}
