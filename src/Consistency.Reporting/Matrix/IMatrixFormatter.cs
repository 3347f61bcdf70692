namespace Consistency.Reporting.Matrix;

/// <summary>Writes a matrix report in one format. Output depends on the report alone: no clock, culture or machine.</summary>
public interface IMatrixFormatter
{
    void Write(MatrixReport report, TextWriter writer);
}
