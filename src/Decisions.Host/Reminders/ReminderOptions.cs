using System.Globalization;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Decisions.Reminders;

/// <summary>The settings section <c>Reminders</c>: when reminders go out, and through which mail server and webhooks.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The time of day (in <see cref="TimeZone"/>) a reminder goes out on its day: at the start of a working day.</summary>
    public string SendAt { get; set; } = "07:00";

    public string TimeZone { get; set; } = "Europe/Stockholm";

    /// <summary>The register's public address (https://beslut.kommun.se), for the link in a reminder; none without it.</summary>
    public string? RegisterUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public WebhookSettings Webhooks { get; set; } = new();

    public TimeOnly SendAtTime => TimeOnly.ParseExact(SendAt, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

public sealed class SmtpSettings
{
    /// <summary>No host, no e-mail: reminders then go to the webhooks only.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. "Beslutsregistret &lt;beslut@kommun.se&gt;".</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto (TLS on 465, STARTTLS where offered), StartTls (required), SslOnConnect, or None (a relay inside the network).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
}

public sealed class WebhookSettings
{
    public List<string> Urls { get; set; } = [];

    /// <summary>The key of the HMAC-SHA256 each webhook is signed with; the receiver keeps the same.</summary>
    public string? Secret { get; set; }
}

/// <summary>A setting that cannot work stops the host at start, naming the setting, instead of a reminder failing on its day.</summary>
public sealed class ReminderOptionsValidation : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var errors = new List<string>();
        const string s = ReminderOptions.Section;
        if (!TimeOnly.TryParseExact(o.SendAt, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors.Add($"{s}:SendAt '{o.SendAt}' är inte en tid på dygnet (TT:MM).");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
            errors.Add($"{s}:TimeZone '{o.TimeZone}' är ingen känd tidszon (t.ex. Europe/Stockholm).");
        if (o.RegisterUrl is { Length: > 0 } url && !IsHttp(url))
            errors.Add($"{s}:RegisterUrl '{url}' är ingen http- eller https-adress.");
        if (!string.IsNullOrWhiteSpace(o.Smtp.Host))
        {
            if (string.IsNullOrWhiteSpace(o.Smtp.From) || !MimeKit.MailboxAddress.TryParse(o.Smtp.From, out _))
                errors.Add($"{s}:Smtp:From måste vara avsändarens e-postadress när {s}:Smtp:Host är satt.");
            if (o.Smtp.Port is < 1 or > 65535)
                errors.Add($"{s}:Smtp:Port måste vara 1–65535 (är {o.Smtp.Port}).");
            if (string.IsNullOrEmpty(o.Smtp.UserName) != string.IsNullOrEmpty(o.Smtp.Password))
                errors.Add($"{s}:Smtp:UserName och {s}:Smtp:Password anges båda eller ingen av dem.");
        }
        for (var i = 0; i < o.Webhooks.Urls.Count; i++)
            if (!IsHttp(o.Webhooks.Urls[i]))
                errors.Add($"{s}:Webhooks:Urls:{i} '{o.Webhooks.Urls[i]}' är ingen http- eller https-adress.");
        // An unsigned webhook could be forged by anyone who can reach the receiver; the register sends none.
        if (o.Webhooks.Urls.Count > 0 && (o.Webhooks.Secret?.Length ?? 0) < 16)
            errors.Add($"{s}:Webhooks:Secret måste vara minst 16 tecken när det finns webhookadresser.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static bool IsHttp(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";
}

/// <summary>
/// The register's clock for reminders: the business day and time of day in the register's zone. A clock of its own,
/// not the host's TimeProvider, so a test can move the reminders' day without moving sign-in lockouts and the like.
/// </summary>
public class ReminderClock(TimeProvider time, TimeZoneInfo zone)
{
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(UtcNow, zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The instant a local day and time of day is (07:00 is never in a daylight-saving gap).</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly timeOfDay) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(timeOfDay), DateTimeKind.Unspecified), zone), TimeSpan.Zero);
}
