package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files with labels or targets, and a clear error naming file, line and column for each broken one. */
class CsvTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), text);
    }

    @Test
    void labelsFromAChosenColumnTheRestAreFeatures() throws IOException {
        DataSet data = Csv.readLabeled(write("a,class,b\n1.5,2,-3\n\n\"4\",0,5e-1\n"), "class");
        assertEquals(2, data.size());
        assertEquals(2, data.featureCount());
        assertArrayEquals(new float[] {1.5f, -3f, 4f, 0.5f}, data.features());
        assertArrayEquals(new int[] {2, 0}, data.labels());
    }

    @Test
    void targetsFromSeveralColumnsInTheOrderGiven() throws IOException {
        DataSet data = Csv.readTargets(write("x,y1,z,y0\n1,2,3,4\n5,6,7,8\n"), "y0", "y1");
        assertEquals(2, data.featureCount());
        assertEquals(2, data.targetCount());
        assertArrayEquals(new float[] {1, 3, 5, 7}, data.features());
        assertArrayEquals(new float[] {4, 2, 8, 6}, data.targets());
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws IOException {
        assertProblem(write("a,label\n1,0\nfoo,1\n"), "label", "line 3, column \"a\": \"foo\" is not a finite number");
        assertProblem(write("a,label\nNaN,0\n"), "label", "line 2, column \"a\": \"NaN\" is not a finite number");
    }

    @Test
    void badLabel() throws IOException {
        assertProblem(write("a,label\n1,1.5\n"), "label", "line 2, column \"label\": \"1.5\" is not a class label");
        assertProblem(write("a,label\n1,-1\n"), "label", "\"-1\" is not a class label");
    }

    @Test
    void wrongFieldCount() throws IOException {
        assertProblem(write("a,b,label\n1,2,0\n3,1\n"), "label", "line 3 has 2 fields, the header has 3");
    }

    @Test
    void missingColumnEmptyFileNoRowsMissingFile() throws IOException {
        assertProblem(write("a,b\n1,2\n"), "label", "no column named \"label\" (the columns are a, b)");
        assertProblem(write(""), "label", "empty: no header line");
        assertProblem(write("a,label\n"), "label", "no data rows after the header");
        assertProblem(dir.resolve("absent.csv"), "label", "no such file");
    }

    private static void assertProblem(Path file, String label, String problem) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> Csv.readLabeled(file, label));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(problem), e.getMessage());
    }
}
