namespace Decisions.Import;

/// <summary>A preview as a secretary reads it in a terminal: what was found, paragraph by paragraph, and what to check.</summary>
public static class PreviewText
{
    public static string Describe(DocumentPreview p)
    {
        var lines = new List<string>
        {
            $"{p.Source}: {p.DocumentKind} · {p.Body ?? "(inget organ)"} · {(p.MeetingDate ?? p.DocumentDate)?.ToString("yyyy-MM-dd") ?? "(inget datum)"}"
            + (p.AppealEndsOn is { } appeal ? $" · överklagandetiden slutar {appeal:yyyy-MM-dd}" : ""),
        };
        if (p.Serving.Count > 0)
            lines.Add("  Tjänstgörande: " + string.Join(", ", p.Serving.Select(s => s.ServesFor is null ? s.Name : $"{s.Name} (för {s.ServesFor})")));
        foreach (var paragraph in p.Paragraphs)
        {
            lines.Add($"  § {paragraph.Number ?? "–"} {paragraph.Title}{(paragraph.CaseNumber is null ? "" : $" [{paragraph.CaseNumber}]")}");
            lines.AddRange(paragraph.Decisions.Select(d => $"    beslut: {d.Text}"));
            lines.AddRange(paragraph.Proposals.Select(d => $"    förslag{(d.To is null ? "" : $" till {d.To}")}: {d.Text}"));
            lines.AddRange(paragraph.Assignments.Select(a => $"    uppdrag till {a.Assignee}: {a.Task} ({a.Due.Text ?? "ingen tid"})"));
            lines.AddRange(paragraph.ReportsBack.Select(r =>
                $"    återrapport om {r.RefersTo.Body} {r.RefersTo.Date:yyyy-MM-dd} § {r.RefersTo.Paragraph}{(r.Completes ? " (slutförd)" : " (delrapport)")}"));
        }
        lines.AddRange(p.Warnings.Select(w => $"  VARNING{(w.Line is null ? "" : $" rad {w.Line}")}: {w.Message}"));
        return string.Join("\n", lines);
    }
}
