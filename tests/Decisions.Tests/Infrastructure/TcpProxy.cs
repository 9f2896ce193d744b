using System.Net;
using System.Net.Sockets;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// Stands between the host and PostgreSQL so a test can take the database away (every connection dropped, new ones
/// refused) and give it back on the same port, as a server restart does.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    readonly IPEndPoint target;
    readonly List<TcpClient> open = [];
    TcpListener? listener;

    public TcpProxy(IPEndPoint target, int port = 0)
    {
        this.target = target;
        Port = port;
        Start();
    }

    public int Port { get; private set; }

    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = Accept(listener);
    }

    public void Stop()
    {
        listener?.Stop();
        lock (open)
        {
            foreach (var client in open) client.Dispose();
            open.Clear();
        }
    }

    async Task Accept(TcpListener accepting)
    {
        try
        {
            while (true)
            {
                var client = await accepting.AcceptTcpClientAsync();
                var server = new TcpClient();
                await server.ConnectAsync(target);
                lock (open) open.AddRange([client, server]);
                _ = Pump(client, server);
                _ = Pump(server, client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }

    static async Task Pump(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException) { }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
