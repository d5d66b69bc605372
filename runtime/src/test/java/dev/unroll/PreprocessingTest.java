package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV through a preprocessing: string labels, skipped and chosen columns, unlabeled rows, scaling, bytes. */
class PreprocessingTest {
    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path weather() throws IOException {
        return csv("weather.csv", """
                date,precipitation,temp_max,weather
                2012-01-01,0.0,12.8,drizzle
                2012-01-02,10.9,10.6,rain
                2012-01-03,0.8,11.7,rain
                2012-01-04,0.0,5.6,sun
                """);
    }

    @Test
    void stringLabelsGetSortedClassesAndSkippedColumnsAreNotFeatures() throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").skip("date").fit(weather());
        assertEquals(List.of("precipitation", "temp_max"), prep.columns());
        assertEquals(List.of("drizzle", "rain", "sun"), prep.classes());
        DataSet data = prep.read(weather());
        assertArrayEquals(new int[] {0, 1, 1, 2}, data.labels());
        assertArrayEquals(new float[] {0f, 12.8f, 10.9f, 10.6f, 0.8f, 11.7f, 0f, 5.6f}, data.features());
        assertEquals("sun", prep.className(2));
    }

    @Test
    void classOrderDoesNotDependOnRowOrderAndCanBeGiven() throws IOException {
        Path reversed = csv("r.csv", "a,y\n1,sun\n2,rain\n3,drizzle\n");
        assertEquals(List.of("drizzle", "rain", "sun"), Preprocessing.labels("y").fit(reversed).classes());
        Preprocessing given = Preprocessing.labels("y").classes("sun", "rain", "drizzle").fit(reversed);
        assertArrayEquals(new int[] {0, 1, 2}, given.read(reversed).labels());
    }

    @Test
    void wholeNumberLabelsNeedNoClassNames() throws IOException {
        Path file = csv("n.csv", "a,y\n1,0\n2,2\n");
        Preprocessing prep = Preprocessing.labels("y").fit(file);
        assertTrue(prep.classes().isEmpty());
        assertArrayEquals(new int[] {0, 2}, prep.read(file).labels());
        assertEquals("2", prep.className(2));
    }

    @Test
    void chosenColumnsAreFoundByNameInAnyOrderAndUnlabeledRowsAreRead() throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").columns("temp_max", "precipitation").fit(weather());
        Path rows = csv("new.csv", "temp_max,extra,precipitation\n20.5,x,1.5\n");
        DataSet unlabeled = prep.readUnlabeled(rows);
        assertTrue(unlabeled.isUnlabeled());
        assertArrayEquals(new float[] {20.5f, 1.5f}, unlabeled.features());
        FileFormatException missing = assertThrows(FileFormatException.class,
                () -> prep.readUnlabeled(csv("m.csv", "temp_max\n1\n")));
        assertTrue(missing.getMessage().contains("m.csv: no column named \"precipitation\""), missing.getMessage());
    }

    @Test
    void anUnknownClassNamesItsLine() throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").skip("date").fit(weather());
        Path other = csv("o.csv", "date,precipitation,temp_max,weather\nx,1,2,rain\nx,1,2,snow\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> prep.read(other));
        assertTrue(e.getMessage().contains("line 3, column \"weather\": \"snow\" is not one of the classes"),
                e.getMessage());
    }

    @Test
    void standardizationIsFittedOnTheFileAndRefitOnChosenRows() throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").skip("date").standardize().fit(weather());
        DataSet scaled = prep.transform(prep.read(weather()));
        double mean = 0;
        for (int i = 0; i < scaled.size(); i++) {
            mean += scaled.feature(i, 0);
        }
        assertEquals(0, mean / scaled.size(), 1e-6);
        Preprocessing refit = prep.refit(prep.read(weather()).rows(0, 2));
        assertEquals(0, refit.transform(prep.read(weather()).rows(0, 2)).feature(0, 0)
                + refit.transform(prep.read(weather()).rows(0, 2)).feature(1, 0), 1e-6);
        Preprocessing minMax = Preprocessing.labels("weather").skip("date").minMax().fit(weather());
        assertEquals(1f, minMax.transform(minMax.read(weather())).feature(1, 0));
    }

    @Test
    void targetsAreReadAsFloats() throws IOException {
        Path file = csv("cars.csv", "name,mpg,weight\nford,18,3504\nvw,26,1835\n");
        Preprocessing prep = Preprocessing.targets("mpg").skip("name").standardize().fit(file);
        DataSet data = prep.read(file);
        assertArrayEquals(new float[] {18, 26}, data.targets());
        assertEquals(List.of("weight"), prep.columns());
    }

    @Test
    void bytesRoundTripAndCorruptBytesAreRefusedWithTheReason() throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").skip("date").standardize().fit(weather());
        byte[] bytes = prep.toBytes();
        assertEquals(prep, Preprocessing.fromBytes(bytes));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Preprocessing.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 3))).getMessage()
                .contains("truncated"));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Preprocessing.fromBytes(longer)).getMessage()
                .contains("1 bytes after its end"));
        byte[] zeroScale = bytes.clone();
        java.nio.ByteBuffer.wrap(zeroScale).putDouble(bytes.length - 8, 0.0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Preprocessing.fromBytes(zeroScale))
                .getMessage().contains("scales positive"));
    }

    @Test
    void csvReadsUnlabeledRows() throws IOException {
        DataSet rows = Csv.readUnlabeled(csv("u.csv", "a,b\n1,2\n3,4\n"));
        assertEquals(2, rows.size());
        assertTrue(rows.isUnlabeled());
        assertThrows(IllegalStateException.class, () -> rows.label(0));
    }
}
