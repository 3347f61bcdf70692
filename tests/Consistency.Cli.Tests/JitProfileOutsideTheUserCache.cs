using Consistency.Testing;

// No namespace: NUnit runs a set-up fixture outside any namespace once for the whole test assembly.
#pragma warning disable CA1050 // Declare types in namespaces: required here for the assembly-wide scope.

/// <summary>Every command line this assembly starts keeps its JIT profile in the test run's temporary folder.</summary>
[SetUpFixture]
public sealed class JitProfileOutsideTheUserCache
{
    [OneTimeSetUp]
    public void Redirect() => JitProfileFolder.Redirect();

    [OneTimeTearDown]
    public void Remove() => JitProfileFolder.Remove();
}
