using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Decisions.Import;

/// <summary>
/// Keeps an uploaded document between its preview and the person's confirmation, under a random token. The
/// browser only holds the token, so what is imported is parsed again from the very bytes that were previewed
/// and never from anything the client sends back. An upload is the organisation's it was previewed in: confirmed on
/// another organisation's host name it is not found, so a document never goes into a register it was not shown for.
/// Uploads are forgotten after an hour; the store holds at most 256 MB, and an upload that does not fit is not kept
/// (null), so the person is asked to try again later.
/// </summary>
public sealed class UploadStore : IDisposable
{
    static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    readonly MemoryCache uploads = new(new MemoryCacheOptions { SizeLimit = 256L * 1024 * 1024 });

    public string? Keep(byte[] bytes, string name, string organisation)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        uploads.Set(token, new Upload(bytes, name, organisation), new MemoryCacheEntryOptions { Size = bytes.Length + 1, AbsoluteExpirationRelativeToNow = KeptFor });
        return Find(token, organisation) is null ? null : token;
    }

    public Upload? Find(string? token, string organisation) =>
        token is not null && uploads.TryGetValue(token, out Upload? upload) && upload!.Organisation == organisation ? upload : null;

    public void Forget(string token) => uploads.Remove(token);

    public void Dispose() => uploads.Dispose();
}

public sealed record Upload(byte[] Bytes, string Name, string Organisation);
