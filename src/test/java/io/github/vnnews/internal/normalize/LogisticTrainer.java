package io.github.vnnews.internal.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits the weights of a {@link LinearModel}: L2-regularised logistic regression by Newton's method
 * (iteratively reweighted least squares), deterministic for a given set of examples (no random
 * start, no shuffling). The intercept is not penalised.
 *
 * <p>Not thread-safe; a tool of the test sources.
 */
final class LogisticTrainer {
  /** Most Newton steps. */
  private static final int MAX_STEPS = 50;

  private LogisticTrainer() {}

  /** A fitted model: intercept and weights in the order of the feature names. */
  record Fit(double bias, double[] weights, int steps) {}

  /**
   * Fits the weights.
   *
   * @param x feature vectors, one per example
   * @param y labels, 0 or 1
   * @param weight example weights (e.g. to balance classes), or null for all 1
   * @param lambda the L2 penalty on the weights (not the intercept)
   * @return the fit
   */
  static Fit fit(List<double[]> x, int[] y, double[] weight, double lambda) {
    int n = x.size();
    int d = n == 0 ? 0 : x.get(0).length;
    double[] beta = new double[d + 1]; // beta[0] is the intercept
    int step = 0;
    for (; step < MAX_STEPS; step++) {
      double[] grad = new double[d + 1];
      double[][] hess = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double[] xi = x.get(i);
        double m = beta[0];
        for (int j = 0; j < d; j++) {
          m += beta[j + 1] * xi[j];
        }
        double p = 1 / (1 + Math.exp(-m));
        double w = weight == null ? 1 : weight[i];
        double r = w * (y[i] - p);
        double s = w * Math.max(p * (1 - p), 1e-9);
        grad[0] += r;
        hess[0][0] += s;
        for (int j = 0; j < d; j++) {
          grad[j + 1] += r * xi[j];
          hess[0][j + 1] += s * xi[j];
          for (int k = j; k < d; k++) {
            hess[j + 1][k + 1] += s * xi[j] * xi[k];
          }
        }
      }
      for (int j = 0; j <= d; j++) {
        for (int k = 0; k < j; k++) {
          hess[j][k] = hess[k][j];
        }
      }
      for (int j = 1; j <= d; j++) {
        grad[j] -= lambda * beta[j];
        hess[j][j] += lambda;
      }
      double[] delta = solve(hess, grad);
      double change = 0;
      for (int j = 0; j <= d; j++) {
        beta[j] += delta[j];
        change = Math.max(change, Math.abs(delta[j]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] w = new double[d];
    System.arraycopy(beta, 1, w, 0, d);
    return new Fit(beta[0], w, step + 1);
  }

  /** Solves {@code a·x = b} by Gaussian elimination with partial pivoting (a is copied). */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      double tb = b[c];
      b[c] = b[piv];
      b[piv] = tb;
      if (Math.abs(a[c][c]) < 1e-12) {
        continue;
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        if (f == 0) {
          continue;
        }
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
    }
    return x;
  }

  /**
   * Writes a fit as a {@link LinearModel} resource file.
   *
   * @param file where
   * @param names the feature names
   * @param fit the weights
   * @param header comment lines (what it was trained on, the command)
   */
  static void write(Path file, List<String> names, Fit fit, List<String> header)
      throws IOException {
    StringBuilder s = new StringBuilder();
    for (String h : header) {
      s.append("# ").append(h).append('\n');
    }
    s.append("bias\t").append(format(fit.bias())).append('\n');
    for (int i = 0; i < names.size(); i++) {
      s.append(names.get(i)).append('\t').append(format(fit.weights()[i])).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
