package dev.unroll.examples.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiments' harness on the shipped subset: the data split, a short trial, the SELU profile
 * under its conditions, and the output (a PNG and the page's section, the rest of the page kept).
 */
class HarnessTest {
    @TempDir
    Path docs;

    @Test
    void shippedDataIsSplitForValidation() throws IOException {
        Setup setup = Setup.load("shipped");
        assertEquals(8_000, setup.train().size());
        assertEquals(2_000, setup.validation().size());
        assertEquals(2_000, setup.test().size());
        assertTrue(setup.source().contains("8,000 training, 2,000 validation and 2,000 test images"), setup.source());
    }

    @Test
    void seluKeepsItsLayersNormalizedUnderItsConditions() throws IOException {
        Setup data = Setup.load("shipped").standardized();
        SelfNormalization.Profile profile = SelfNormalization.profile(UnrolledDeepNetworks_Selu.create(), data.validation());
        assertEquals(10, profile.mean().length);
        for (int layer = 0; layer < 10; layer++) {
            assertEquals(0, profile.mean()[layer], 0.15, "mean of layer " + (layer + 1));
            assertEquals(1, profile.deviation()[layer], 0.15, "deviation of layer " + (layer + 1));
        }
    }

    @Test
    void aTrialTrainsAndTheOutputUpdatesOnlyItsSection() throws IOException {
        Setup setup = Setup.load("shipped");
        Setup small = new Setup(setup.train().rows(0, 640), setup.validation().rows(0, 320), setup.test().rows(0, 320),
                "a few shipped images");
        Trial trial = Trial.run("Adam", UnrolledOptimizerNetworks_AdamMlp.create(), small, 2);
        assertEquals(2, trial.validationAccuracy().length);
        assertTrue(trial.test().accuracy() > 0.5, "learns something: " + trial.test());

        Path page = docs.resolve("experiments.md");
        Files.writeString(page, "# Title\n<!-- demo:begin -->\nold\n<!-- demo:end -->\nReading kept.\n");
        Output out = new Output("demo", docs);
        Curves.chart(out, "demo", "Demo", List.of(trial));
        Curves.table(out, "optimizer", List.of(trial));
        out.publish();
        assertTrue(Files.size(docs.resolve("experiments/demo-accuracy.png")) > 1000);
        String text = Files.readString(page);
        assertTrue(text.startsWith("# Title\n<!-- demo:begin -->\n![Demo: validation accuracy per epoch]"), text);
        assertTrue(text.contains("| Adam | "), text);
        assertTrue(text.endsWith("<!-- demo:end -->\nReading kept.\n"), text);
        assertTrue(!text.contains("old"), text);
    }

    @Test
    void aPageWithoutTheSectionIsNamed() throws IOException {
        Files.writeString(docs.resolve("experiments.md"), "# nothing here\n");
        IOException e = assertThrows(IOException.class, () -> new Output("demo", docs).publish());
        assertTrue(e.getMessage().contains("experiments.md has no section <!-- demo:begin -->"), e.getMessage());
    }
}
