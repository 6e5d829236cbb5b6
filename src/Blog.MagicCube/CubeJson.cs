using System.Text.Encodings.Web;
using System.Text.Json;

namespace Blog.MagicCube;

/// <summary>
/// A cube and its check as JSON: <c>{"n", "cube": [[[…]]] (layers front to back, rows top to
/// bottom), "magic", "magicConstant", "problems": [{"kind", …, "message"}]}</c>.
/// </summary>
public static class CubeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Cube cube, CheckReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("n", cube.N);
            json.WritePropertyName("cube");
            WriteCube(json, cube);
            json.WriteBoolean("magic", report.IsMagic);
            json.WriteNumber("magicConstant", report.MagicConstant);
            json.WriteStartArray("problems");
            foreach (var problem in report.NumberProblems) WriteProblem(json, problem);
            foreach (var line in report.FailingLines) WriteLine(json, line);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCube(Utf8JsonWriter json, Cube cube)
    {
        json.WriteStartArray();
        for (int l = 0; l < cube.N; l++)
        {
            json.WriteStartArray();
            for (int r = 0; r < cube.N; r++)
            {
                json.WriteStartArray();
                for (int c = 0; c < cube.N; c++) json.WriteNumberValue(cube[l, r, c]);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteProblem(Utf8JsonWriter json, NumberProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("kind", problem.KindKey);
        json.WriteNumber("value", problem.Value);
        json.WriteStartArray("positions");
        foreach (var p in problem.Positions) WritePosition(json, p);
        json.WriteEndArray();
        json.WriteString("message", problem.Describe());
        json.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter json, LineSum line)
    {
        json.WriteStartObject();
        json.WriteString("kind", line.Line.KindKey);
        json.WriteStartArray("cells");
        foreach (var p in line.Line.Cells) WritePosition(json, p);
        json.WriteEndArray();
        json.WriteNumber("sum", line.Sum);
        json.WriteNumber("difference", line.Difference);
        json.WriteString("message", line.Describe());
        json.WriteEndObject();
    }

    /// <summary>A position as zero-based [layer, row, col].</summary>
    private static void WritePosition(Utf8JsonWriter json, CubePosition p)
    {
        json.WriteStartArray();
        json.WriteNumberValue(p.Layer);
        json.WriteNumberValue(p.Row);
        json.WriteNumberValue(p.Col);
        json.WriteEndArray();
    }
}
