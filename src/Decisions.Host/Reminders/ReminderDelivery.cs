using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Decisions.Reminders;

/// <param name="ReminderId">Also the mail's Message-ID, the same in every retry, so a mail system can tell a repeat.</param>
[MessageIdentity(ReminderMessages.Prefix + "mail")]
public sealed record DeliverReminderMail(string ReminderId, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Subject, string Text)
{
    public IReadOnlyList<string> Recipients => [.. To, .. Cc];
}

/// <param name="Json">Serialised once, when the reminder was decided: the signature covers exactly these bytes.</param>
[MessageIdentity(ReminderMessages.Prefix + "webhook")]
public sealed record DeliverReminderWebhook(string Url, string ReminderId, string Json);

/// <summary>
/// Delivers what a reminder decided, each mail and webhook on its own, so a receiver that is down delays only itself. A
/// failure is tried again, soon and then at growing intervals for most of a day (a mail server down overnight still gets
/// the reminder in the morning), and is then kept among the dead letters with its error.
/// </summary>
public static class ReminderDeliveryHandler
{
    public const string SignatureHeader = "X-Decisions-Signature";
    public const string DeliveryHeader = "X-Decisions-Delivery";
    public const string HttpClientName = "reminders";

    public static void Configure(HandlerChain chain) =>
        chain.OnAnyException()
            .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetry(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6))
            .Then.MoveToErrorQueue();

    public static async Task Handle(DeliverReminderMail mail, IOptions<ReminderOptions> settings, CancellationToken ct)
    {
        var smtp = settings.Value.Smtp;
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Text } };
        message.MessageId = $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mail.ReminderId)))[..32]}@decisions.reminders";
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        message.To.AddRange(mail.To.Select(MailboxAddress.Parse));
        message.Cc.AddRange(mail.Cc.Select(MailboxAddress.Parse));
        message.Headers.Add(DeliveryHeader, mail.ReminderId);

        using var client = new SmtpClient();
        // A mail decided while a server was set waits, and says why, until one is set again.
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException($"{ReminderOptions.Section}:Smtp:Host är inte satt."), smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    public static async Task Handle(DeliverReminderWebhook webhook, IOptions<ReminderOptions> settings, IHttpClientFactory http, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(webhook.Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Signature(settings.Value.Webhooks.Secret!, body));
        // A header is ASCII, and an assignment id holds '§': the id travels percent-encoded, as in the register's addresses.
        request.Headers.Add(DeliveryHeader, Uri.EscapeDataString(webhook.ReminderId));
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>"sha256=" and the HMAC-SHA256 of the body's bytes under the shared secret, in lower-case hex: what the receiver computes to check it.</summary>
    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
