package io.github.vnnews.normalize;

import io.github.vnnews.load.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** Prints the time each rule takes on a large synthetic article (a profiling aid). */
public final class RuleProfile {
  private RuleProfile() {}

  /**
   * Entry point.
   *
   * @param args unused
   */
  public static void main(String[] args) throws java.io.IOException {
    List<List<SourceLine>> docs = new ArrayList<>();
    for (String a : args) {
      docs.add(io.github.vnnews.eval.GoldCorpusAccess.lines(a));
    }
    List<Rule> rules = RulePipeline.defaults().rules();
    long[] nanos = new long[rules.size()];
    for (int round = 0; round < 400; round++) {
      for (List<SourceLine> in : docs) {
        Draft d = new Draft(in);
        for (int i = 0; i < rules.size(); i++) {
          long t0 = System.nanoTime();
          rules.get(i).apply(d);
          if (round >= 200) {
            nanos[i] += System.nanoTime() - t0;
          }
        }
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      System.out.printf("%-22s %6d ms%n", rules.get(i).name(), nanos[i] / 1_000_000);
    }
  }
}
