using Decisions.Import;

namespace Decisions.Tests.Import;

/// <summary>The documents under Import/Fixtures, copied to the test output.</summary>
internal static class Fixture
{
    public const string AuMinutes2023 = "000_93dd30c0ed77e84c.txt";
    public const string AuMinutes2024 = "001_cdf05e7450b74ff5.txt";
    public const string ReportBackReport = "002_1f5ca73698f6248e.txt";
    public const string BoardAuExtract = "003_0345254484cbeff7.txt";
    public const string BriefingMemo = "004_a24a6614f77bb61e.txt";
    public const string CouncilMinutes = "kf_protokoll_votering.txt";
    public const string OneParagraphExtract = "ks_utdrag_64_20.txt";
    public const string NamndReportBackMinutes = "bun_protokoll_aterrapportering.txt";
    public const string NumberedProposalsReport = "ks_tjansteskrivelse_numrerad.txt";
    /// <summary>The nämnd meeting whose §§ 45 and 46 the report-back report (002) cites.</summary>
    public const string NamndMinutesCitedByReport = "hsn_protokoll_2023-04-18.txt";
    /// <summary>The meeting that gave the assignment that <see cref="NamndReportBackMinutes"/> closes.</summary>
    public const string NamndMinutesGivingAssignment = "bun_protokoll_2023-11-14.txt";

    public static readonly string[] All =
        [AuMinutes2023, AuMinutes2024, ReportBackReport, BoardAuExtract, BriefingMemo,
         CouncilMinutes, OneParagraphExtract, NamndReportBackMinutes, NumberedProposalsReport,
         NamndMinutesCitedByReport, NamndMinutesGivingAssignment];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name));

    public static string Text(string name) => DocumentText.Decode(Bytes(name), name).Text;

    public static DocumentPreview Preview(string name) => ProtocolParser.Parse(Text(name), name);
}
