using System.Text;
using System.Xml;

namespace Decisions.Exports;

public static class XmlChars
{
    /// <summary>
    /// Text read from documents can hold characters XML cannot carry at all (a form feed from a PDF, a lone surrogate);
    /// a writer would throw on them and the whole file would fail, so they are dropped.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && !XmlConvert.IsXmlChar(text[i])) clean ??= new StringBuilder(text, 0, i, text.Length);
            else clean?.Append(text, i, pair ? 2 : 1);
            if (pair) i++;
        }
        return clean?.ToString() ?? text;
    }
}
