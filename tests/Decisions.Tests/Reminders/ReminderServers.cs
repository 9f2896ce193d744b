using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Decisions.Reminders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Decisions.Tests.Reminders;

/// <summary>
/// The reminders' day and time, on a day the test chooses. It stands still while a test records what it needs (on a
/// machine shared with others that takes a varying while) and then runs on as real time does, since Wolverine schedules
/// in real time: a reminder that comes due while the clock stood still finds it early and waits again.
/// </summary>
public sealed class TestClock : TimeProvider
{
    TimeSpan offset;
    DateTimeOffset? frozen;

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public override DateTimeOffset GetUtcNow() => frozen ?? DateTimeOffset.UtcNow + offset;

    /// <summary>It is <paramref name="local"/> (Swedish time) until <see cref="Run"/>.</summary>
    public void Stop(DateTime local) => frozen = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);

    /// <summary>Time runs on from where it stands.</summary>
    public void Run()
    {
        offset = GetUtcNow() - DateTimeOffset.UtcNow;
        frozen = null;
    }

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(GetUtcNow(), Zone).DateTime;
}

/// <summary>A real SMTP server on a loopback port that keeps every message it is given, with the test clock's time of arrival.</summary>
public sealed class SmtpInbox : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly Task running;

    public int Port { get; }
    public ConcurrentQueue<(MimeMessage Message, DateTime ArrivedLocal)> Messages { get; } = new();

    public SmtpInbox(TestClock clock)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, clock));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    sealed class Store(SmtpInbox inbox, TestClock clock) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            inbox.Messages.Enqueue((await MimeMessage.LoadAsync(stream, ct), clock.LocalNow));
            return SmtpResponse.Ok;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
    }
}

/// <summary>A system that takes the register's webhooks: a small Kestrel app on a loopback port that checks each signature with the shared secret.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "en-hemlighet-som-bara-mottagaren-delar";

    readonly WebApplication app;

    public sealed record Delivery(string Body, string? Signature, string? DeliveryId, bool SignatureValid, DateTime ArrivedLocal);

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public string Url { get; }

    WebhookReceiver(WebApplication app, string url) => (this.app, Url) = (app, url);

    public static async Task<WebhookReceiver> StartAsync(TestClock clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/paminnelser", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var signature = request.Headers[ReminderDeliveryHandler.SignatureHeader].FirstOrDefault();
            // What a receiver does: the HMAC of the bytes received, under its own copy of the secret, compared in constant time.
            var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Secret), buffer.ToArray()));
            var valid = signature is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(signature), System.Text.Encoding.ASCII.GetBytes(expected));
            receiver!.Deliveries.Enqueue(new(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), signature,
                request.Headers[ReminderDeliveryHandler.DeliveryHeader].FirstOrDefault(), valid, clock.LocalNow));
            return valid ? Results.Ok() : Results.Unauthorized();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver = new WebhookReceiver(app, $"{address}/paminnelser");
    }

    public IReadOnlyList<Delivery> About(string assignmentId) =>
        [.. Deliveries.Where(d => System.Text.Json.JsonDocument.Parse(d.Body).RootElement.GetProperty("assignmentId").GetString() == assignmentId)];

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
