using System.Runtime.CompilerServices;
using Shouldly;

namespace Consistency.Testing;

/// <summary>
/// The one place snapshots are compared. Files follow Verify's layout and naming
/// (<c>&lt;name&gt;.verified.txt</c>, a failing run leaves <c>&lt;name&gt;.received.txt</c> beside it),
/// so moving to Verify.NUnit later changes this class alone. Built on Shouldly's
/// <c>ShouldMatchApproved</c>, which never writes a verified file: accepting is a reviewer's act
/// (<c>scripts/accept-snapshots.sh</c>), never a test's, on CI or anywhere else.
/// </summary>
public static class Snapshot
{
    public const string AcceptHint =
        "Read the received file; if every line of it is right, accept all received snapshots with: bash scripts/accept-snapshots.sh";

    /// <summary>Compares <paramref name="actual"/> with <c>&lt;folder&gt;/&lt;name&gt;.verified.&lt;extension&gt;</c> (<c>txt</c> unless told: the corpus report is <c>md</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Match(string actual, string folder, string name, string extension = "txt")
    {
        Directory.CreateDirectory(folder);
        try
        {
            actual.ShouldMatchApproved(options => options
                .NoDiff()
                .SubFolder(Path.GetFullPath(folder))
                .WithFileExtension(extension)
                .WithFilenameGenerator((_, _, fileType, extension) =>
                    $"{name}.{(fileType == "approved" ? "verified" : fileType)}.{extension}"));
        }
        catch (ShouldMatchApprovedException e)
        {
            // Shouldly's own message names one copy command; say how to review and accept them all.
            throw new NUnit.Framework.AssertionException($"{e.Message}\n{AcceptHint}", e);
        }
    }
}
