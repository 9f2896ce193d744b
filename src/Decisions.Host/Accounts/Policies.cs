namespace Decisions.Accounts;

/// <summary>The roles a signed-in person can hold; anonymous readers hold none.</summary>
public static class Roles
{
    /// <summary>Imports, records and corrects facts.</summary>
    public const string Registrator = "registrator";

    /// <summary>Manages users and sekretess, and may do all a registrator does.</summary>
    public const string Administrator = "administrator";
}

/// <summary>The authorization policies endpoints and pages ask for, by what the person is about to do.</summary>
public static class Policies
{
    /// <summary>Record, import or correct a fact (registrator or administrator).</summary>
    public const string Record = "record";

    /// <summary>Manage users and mark items confidential (administrator).</summary>
    public const string Administer = "administer";

    /// <summary>See confidential items; every such view is logged.</summary>
    public const string SeeConfidential = "see-confidential";
}
