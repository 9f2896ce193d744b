using System.IO.Compression;

namespace Decisions.Import;

public enum FileFormat { Text, Pdf, Docx, WordBinary, Rtf, OtherOffice, Zip, Image, OtherBinary }

/// <summary>Which reader a file goes to, told by its first bytes rather than its name, which uploads often get wrong.</summary>
public static class FileFormats
{
    public static FileFormat Recognise(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        // The PDF header may follow a little junk; readers look in the first kilobyte.
        if (head.IndexOf("%PDF-"u8) >= 0) return FileFormat.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileFormat.WordBinary;
        if (head.StartsWith("{\\rtf"u8)) return FileFormat.Rtf;
        if (head.StartsWith("PK\u0003\u0004"u8)) return ZipKind(bytes);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || head.StartsWith("GIF8"u8) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
            return FileFormat.Image;
        return FileFormat.Text;
    }

    /// <summary>Why a file of this format is refused, in Swedish, naming the format so the sender knows what to send instead.</summary>
    public static string Refusal(FileFormat format) => format switch
    {
        FileFormat.WordBinary => "filen är ett äldre Word- eller Office-dokument (.doc/.xls, binärt format) som inte kan läsas; spara den som .docx eller PDF",
        FileFormat.Rtf => "filen är i RTF-format, som inte kan läsas; spara den som .docx, PDF eller vanlig text",
        FileFormat.OtherOffice => "filen är ett Office-dokument som inte är ett Word-dokument (t.ex. Excel, PowerPoint eller OpenDocument); spara protokollet som .docx eller PDF",
        FileFormat.Zip => "filen är ett zip-arkiv; packa upp den och skicka protokollet självt",
        FileFormat.Image => "filen är en bild; skanna protokollet till PDF i stället",
        _ => "filen har ett format som inte kan läsas",
    };

    static FileFormat ZipKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return FileFormat.Docx;
            return zip.GetEntry("[Content_Types].xml") is not null || zip.GetEntry("mimetype") is not null ? FileFormat.OtherOffice : FileFormat.Zip;
        }
        catch (InvalidDataException)
        {
            return FileFormat.Zip;
        }
    }
}
