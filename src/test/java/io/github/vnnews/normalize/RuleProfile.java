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
  public static void main(String[] args) {
    List<SourceLine> in = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      in.add(new SourceLine(i + 1, (i % 3 == 0 ? Articles.LEDE : Articles.BODY) + " " + i));
    }
    for (int round = 0; round < 3; round++) {
      Draft d = new Draft(in);
      for (Rule r : RulePipeline.defaults().rules()) {
        long t0 = System.nanoTime();
        r.apply(d);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (round == 2 && ms > 5) {
          System.out.println(r.name() + " " + ms + " ms");
        }
      }
      long t0 = System.nanoTime();
      new TextNormalizer().normalize(in);
      System.out.println("total " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }
}
