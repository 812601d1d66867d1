package io.github.vnnews.internal.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic scorer whose weights were learned from the annotated gold documents, never written by
 * hand for one document: {@code p = 1 / (1 + exp(-(bias + Σ wᵢ·xᵢ)))}. Where rules disagree
 * (is this unpunctuated fragment a caption, a crosshead or text?), the features each rule measures
 * are weighed by such a model instead of by a cascade of thresholds.
 *
 * <p>The weights live in a resource file beside this class, one {@code feature<TAB>weight} per
 * line ({@code #} comments say what it was trained on and with which command); the feature
 * {@code bias} is the intercept. A feature the file does not name weighs 0; a name the file holds
 * but the caller does not know is an error (a stale file). For leave-one-source-out evaluation
 * the system property {@code vnnews.models} may name a directory whose files replace the
 * resources of the same name; nothing else reads it.
 *
 * <p>Example: {@code LinearModel.resource("fragment-caption.tsv", NAMES).probability(x)}.
 *
 * <p>Immutable and thread-safe.
 */
final class LinearModel {
  /** The system property naming a directory of replacement weight files (evaluation only). */
  static final String OVERRIDE_PROPERTY = "vnnews.models";

  private final String name;
  private final double bias;
  private final double[] weights;

  private LinearModel(String name, double bias, double[] weights) {
    this.name = name;
    this.bias = bias;
    this.weights = weights;
  }

  /**
   * Loads a model for the given features.
   *
   * @param resource the file name, beside this class (or in the {@code vnnews.models} directory)
   * @param features the feature names, in the order of the vectors {@link #probability} gets
   * @return the model
   * @throws IllegalStateException when the file is missing, malformed or names unknown features
   */
  static LinearModel resource(String resource, List<String> features) {
    Map<String, Double> w = read(resource);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      index.put(features.get(i), i);
    }
    double[] weights = new double[features.size()];
    double bias = 0;
    for (Map.Entry<String, Double> e : w.entrySet()) {
      if (e.getKey().equals("bias")) {
        bias = e.getValue();
        continue;
      }
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalStateException(
            resource + ": weight for unknown feature '" + e.getKey() + "' (retrain the model)");
      }
      weights[i] = e.getValue();
    }
    return new LinearModel(resource, bias, weights);
  }

  private static Map<String, Double> read(String resource) {
    String dir = System.getProperty(OVERRIDE_PROPERTY);
    try (InputStream in = dir != null && Files.exists(Path.of(dir, resource))
            ? Files.newInputStream(Path.of(dir, resource))
            : LinearModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model resource missing: " + resource);
      }
      Map<String, Double> out = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException(resource + ":" + n + ": expected feature<TAB>weight");
        }
        try {
          out.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).strip()));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(resource + ":" + n + ": not a number: " + line, e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  /**
   * The model's probability for one feature vector.
   *
   * @param x the feature values, in the order of the names the model was loaded with
   * @return a probability in (0, 1)
   */
  double probability(double[] x) {
    return 1 / (1 + Math.exp(-margin(x)));
  }

  /**
   * The model's log-odds for one feature vector.
   *
   * @param x the feature values
   * @return {@code bias + Σ wᵢ·xᵢ}
   */
  double margin(double[] x) {
    double s = bias;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * x[i];
    }
    return s;
  }

  /**
   * The highest log-odds any vector within the given bounds can get: each feature at whichever end
   * of its range raises the margin. A pre-filter that knows some features exactly (equal bounds)
   * and the others only by their ranges proves with it that no vector can reach a threshold.
   *
   * @param low the lowest value of each feature
   * @param high the highest value of each feature
   * @return {@code bias + Σ max(wᵢ·lowᵢ, wᵢ·highᵢ)}
   */
  double maxMargin(double[] low, double[] high) {
    double s = bias;
    for (int i = 0; i < weights.length; i++) {
      s += Math.max(weights[i] * low[i], weights[i] * high[i]);
    }
    return s;
  }

  @Override
  public String toString() {
    return "LinearModel[" + name + "]";
  }
}
