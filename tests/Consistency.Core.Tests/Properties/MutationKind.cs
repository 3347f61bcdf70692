namespace Consistency.Core.Tests.Properties;

public enum MutationKind
{
    Insert,
    Delete,
    Duplicate,
}
