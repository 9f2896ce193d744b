using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Decisions.Exports;

namespace Decisions.Feeds;

/// <param name="Key">What makes the entry itself: a stream and the event's place in it, or an assignment and the day it fell overdue. Its id is derived from it.</param>
/// <param name="Published">The business date: when it happened in the world.</param>
/// <param name="Updated">When the register learnt of it.</param>
/// <param name="Link">The page it is about, as a path.</param>
public sealed record FeedEntry(string Key, FeedKind Kind, string Title, string Summary, string Link, DateOnly Published, DateTimeOffset Updated);

public enum FeedKind { Decision, Assignment, ReportBack, Overdue }

/// <param name="Page">The page that shows the same thing, as a path; null when there is none.</param>
public sealed record Feed(string Title, string? Page, IReadOnlyList<FeedEntry> Entries);

/// <summary>Writes a feed as Atom (RFC 4287): what feed readers and other systems subscribe to.</summary>
public static class Atom
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>A fixed namespace for the entries' name-based ids, so an entry keeps its id on every host and after a rebuild.</summary>
    static readonly Guid IdNamespace = new("a48efbe4-12c1-41a3-927c-60179c1bf43a");

    /// <param name="self">The feed's own absolute address, which is also its id: another search is another feed.</param>
    /// <param name="site">The host's absolute root, that the entries' links are made absolute against.</param>
    public static byte[] Write(Feed feed, string self, string site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            Element(xml, "id", self);
            Element(xml, "title", feed.Title);
            Element(xml, "subtitle", "Nya beslut, nya uppdrag, återrapporteringar och uppdrag som blir försenade, det senast registrerade först.");
            // An empty feed has changed at no time we could name; a fixed instant keeps the answer the same on every request.
            Element(xml, "updated", Instant(feed.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : feed.Entries.Max(e => e.Updated)));
            xml.WriteStartElement("author");
            Element(xml, "name", "Beslutsregistret");
            xml.WriteEndElement();
            Link(xml, "self", "application/atom+xml", self);
            if (feed.Page is { } page) Link(xml, "alternate", "text/html", site + page);
            Element(xml, "generator", "Beslutsregistret");
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry");
                Element(xml, "id", $"urn:uuid:{NameBased(entry.Key)}");
                Element(xml, "title", entry.Title);
                Element(xml, "updated", Instant(entry.Updated));
                Element(xml, "published", BusinessDate(entry.Published));
                Link(xml, "alternate", "text/html", site + entry.Link);
                xml.WriteStartElement("category");
                xml.WriteAttributeString("term", Term(entry.Kind));
                xml.WriteAttributeString("label", Label(entry.Kind));
                xml.WriteEndElement();
                Element(xml, "summary", entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    public static string Term(FeedKind kind) => kind switch
    {
        FeedKind.Decision => "beslut",
        FeedKind.Assignment => "uppdrag",
        FeedKind.ReportBack => "aterrapportering",
        _ => "forsenat",
    };

    static string Label(FeedKind kind) => kind switch
    {
        FeedKind.Decision => "Nytt beslut",
        FeedKind.Assignment => "Nytt uppdrag",
        FeedKind.ReportBack => "Återrapportering",
        _ => "Försenat uppdrag",
    };

    static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, Namespace, XmlChars.Clean(text));

    static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    static string BusinessDate(DateOnly date) => FeedEntries.StartOf(date).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A version 5 (SHA-1, name-based) UUID, RFC 9562: the same key always gives the same id.</summary>
    public static Guid NameBased(string key)
    {
        var hash = SHA1.HashData([.. IdNamespace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(key)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
