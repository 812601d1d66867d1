package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  @Test
  void resultsAndEventsComeOutInSubmissionOrderWhateverTheTaskDurations() throws Exception {
    List<String> out = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(1);
    try (OrderedPipeline<Integer> p = new OrderedPipeline<>(4, 6, Long.MAX_VALUE)) {
      int submitted = 0;
      while (submitted < 200 || !p.isEmpty()) {
        while (submitted < 200 && !p.isFull()) {
          int n = submitted++;
          long sleep = rnd.nextInt(3);
          p.submit(() -> {
            Thread.sleep(sleep);
            return n;
          }, 1);
          if (n % 7 == 0) {
            p.event(() -> out.add("event after " + n));
          }
        }
        p.poll(r -> out.add("result " + r));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      expected.add("result " + n);
      if (n % 7 == 0) {
        expected.add("event after " + n);
      }
    }
    // an event queued after task n runs right after n's result, except at the very start,
    // where an event with nothing before it runs at once
    assertThat(out).containsExactlyElementsOf(expected);
  }

  @Test
  void theWindowBoundsTasksAndWeightInFlight() {
    try (OrderedPipeline<Integer> p = new OrderedPipeline<>(2, 3, 100)) {
      assertThat(p.isFull()).isFalse();
      p.submit(() -> 1, 150); // one task is always allowed, however heavy
      assertThat(p.isFull()).isTrue();
    }
    try (OrderedPipeline<Integer> p = new OrderedPipeline<>(2, 3, 1000)) {
      AtomicInteger started = new AtomicInteger();
      for (int i = 0; i < 3; i++) {
        p.submit(started::incrementAndGet, 1);
      }
      assertThat(p.isFull()).isTrue();
    }
  }

  @Test
  void aFailedTaskIsReportedInItsPlace() throws Exception {
    try (OrderedPipeline<Integer> p = new OrderedPipeline<>(3, 10, 10)) {
      p.submit(() -> 1, 1);
      p.submit(() -> {
        throw new IllegalStateException("bad");
      }, 1);
      List<Integer> got = new ArrayList<>();
      assertThat(p.poll(got::add)).isTrue();
      assertThat(got).containsExactly(1);
      assertThatThrownBy(() -> p.poll(got::add))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalStateException.class);
      assertThat(p.isEmpty()).isTrue();
      assertThat(p.poll(got::add)).isFalse();
    }
  }
}
