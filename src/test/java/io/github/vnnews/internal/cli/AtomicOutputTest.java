package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted write never leaves a partial target, nor a stray temporary file. */
class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void failureMidStreamLeavesTheTargetUntouchedAndRemovesTheTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old complete output\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> {
      try (AtomicOutput out = AtomicOutput.open(target, null)) {
        OutputStream s = out.stream();
        s.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
        s.write(new byte[1 << 20]); // past the buffer, so bytes reach the temporary file
        throw new IllegalStateException("interrupted mid-stream");
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("interrupted mid-stream");

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("old complete output\n");
    assertThat(listing()).containsExactly("out.jsonl");
  }

  @Test
  void failureBeforeTheFirstRunLeavesNoTarget() throws IOException {
    Path target = dir.resolve("sub/new.jsonl");

    assertThatThrownBy(() -> {
      try (AtomicOutput out = AtomicOutput.open(target, null)) {
        out.stream().write(new byte[100_000]);
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");

    assertThat(target).doesNotExist();
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void commitMovesTheWholeFileIntoPlace() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old\n", StandardCharsets.UTF_8);
    try (AtomicOutput out = AtomicOutput.open(target, null)) {
      out.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("old\n"); // not yet
      out.commit();
    }
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new\n");
    assertThat(listing()).containsExactly("out.jsonl");
  }

  private java.util.List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
