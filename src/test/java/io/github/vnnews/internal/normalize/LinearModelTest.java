package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

  @Test
  void trainerRecoversTheWeightsOfAKnownModel(@TempDir Path dir) throws Exception {
    double[] truth = {2.0, -1.5, 0.0};
    double bias = -0.5;
    Random r = new Random(42);
    List<double[]> x = new ArrayList<>();
    int n = 20_000;
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double[] v = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
      double m = bias;
      for (int j = 0; j < 3; j++) {
        m += truth[j] * v[j];
      }
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-m)) ? 1 : 0;
      x.add(v);
    }
    LogisticTrainer.Fit fit = LogisticTrainer.fit(x, y, null, 1e-3);
    assertThat(fit.bias()).isCloseTo(bias, org.assertj.core.data.Offset.offset(0.1));
    for (int j = 0; j < 3; j++) {
      assertThat(fit.weights()[j]).isCloseTo(truth[j], org.assertj.core.data.Offset.offset(0.1));
    }
    // the same examples give the same weights
    assertThat(LogisticTrainer.fit(x, y, null, 1e-3).weights()).containsExactly(fit.weights());

    List<String> names = List.of("a", "b", "c");
    LogisticTrainer.write(dir.resolve("m.tsv"), names, fit, List.of("test model"));
    String old = System.getProperty(LinearModel.OVERRIDE_PROPERTY);
    System.setProperty(LinearModel.OVERRIDE_PROPERTY, dir.toString());
    try {
      LinearModel m = LinearModel.resource("m.tsv", names);
      double[] v = {1, 1, 1};
      double expect = 1 / (1 + Math.exp(-(fit.bias() + fit.weights()[0] + fit.weights()[1]
          + fit.weights()[2])));
      assertThat(m.probability(v)).isCloseTo(expect, org.assertj.core.data.Offset.offset(1e-5));
      // a weight for a feature the caller does not know means the file is stale
      assertThatThrownBy(() -> LinearModel.resource("m.tsv", List.of("a", "b")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown feature 'c'");
      Files.writeString(dir.resolve("bad.tsv"), "bias\tx\n");
      assertThatThrownBy(() -> LinearModel.resource("bad.tsv", names))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv:1");
    } finally {
      if (old == null) {
        System.clearProperty(LinearModel.OVERRIDE_PROPERTY);
      } else {
        System.setProperty(LinearModel.OVERRIDE_PROPERTY, old);
      }
    }
    assertThatThrownBy(() -> LinearModel.resource("no-such-model.tsv", names))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
  }
}
