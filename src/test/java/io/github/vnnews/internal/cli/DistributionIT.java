package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code mvn package} builds (run by Failsafe in {@code mvn verify}): {@code
 * target/vnnews-VERSION/} with {@code bin/vnnews} run from another directory under {@code LANG=C},
 * its completion script in bash, {@code --version}, and the {@code .tar.gz} and {@code .zip}.
 */
class DistributionIT {
  private static Path dist;
  private static String version;
  private static Path basedir;
  @TempDir Path tmp;

  @BeforeAll
  static void dist() {
    basedir = Path.of(System.getProperty("vnnews.basedir", ".")).toAbsolutePath();
    version = System.getProperty("vnnews.version");
    assumeTrue(version != null, "run by Failsafe (mvn verify), which names the version");
    dist = basedir.resolve("target/vnnews-" + version);
    assertThat(dist.resolve("bin/vnnews")).as("mvn package builds the distribution").isRegularFile();
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
  }

  /** Runs a shell command line in {@code dir} with {@code LANG=C} and no other locale variable. */
  private static Result sh(Path dir, String script, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
    env.put("LANG", "C");
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + script).isTrue();
    Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private record Result(int status, String out, String err) {}

  @Test
  void ingestsTheSeedsFromAnotherDirectoryUnderLangC() throws Exception {
    Result r = sh(tmp, "\"$1\"/bin/vnnews ingest \"$2\" -o articles.jsonl", dist.toString(),
        basedir.resolve("seeds").toString());
    assertThat(r.status()).as(r.err()).isZero();
    long seeds;
    try (var s = Files.list(basedir.resolve("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(Files.readAllLines(tmp.resolve("articles.jsonl"))).hasSize((int) seeds);
    // the launcher ran the JVM under a UTF-8 locale: no warning about file names
    assertThat(r.err()).doesNotContain("warning").contains("vnnews: " + seeds + " articles from " + seeds + " files");
  }

  @Test
  void findsAFileWhoseNameIsVietnameseUnderLangC() throws Exception {
    // the name is made by the shell from its UTF-8 bytes ("bài báo.txt"), whatever this JVM's locale
    Result r = sh(tmp, "name=$(printf 'b\\303\\240i b\\303\\241o.txt'); cp \"$2\" \"$name\";"
            + " \"$1\"/bin/vnnews ingest \"$name\" -o out.jsonl",
        dist.toString(), basedir.resolve("seeds/000_af910dd6cbbcd9d5.txt").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out.jsonl"), StandardCharsets.UTF_8))
        .contains("/b\u00e0i b\u00e1o.txt\",\"index\":0"); // its root directory's name, then the file's
  }

  @Test
  void worksThroughASymbolicLinkOnThePath() throws Exception {
    Files.createDirectory(tmp.resolve("bin"));
    Files.createSymbolicLink(tmp.resolve("bin/vnnews"), dist.resolve("bin/vnnews"));
    Result r = sh(tmp, "PATH=\"$PWD/bin:$PATH\" vnnews --version");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("vnnews " + version + "\nbuild ");
  }

  @Test
  void versionNamesTheVersionAndTheBuild() throws Exception {
    Result r = sh(tmp, "\"$1\"/bin/vnnews --version", dist.toString());
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("vnnews " + version);
    // a commit id (with -dirty for local changes), or "unknown" outside a git clone
    assertThat(lines[1]).matches("build ([0-9a-f]{7,40}(-dirty)?|unknown)");
    assertThat(lines[2]).startsWith("Java ");
  }

  @Test
  void completionScriptCompletesIngestOptionsInBash() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "bash");
    Result gen = sh(tmp, "\"$1\"/bin/vnnews completion > vnnews.bash", dist.toString());
    assertThat(gen.status()).as(gen.err()).isZero();
    Result r = sh(tmp, "exec bash -c 'source ./vnnews.bash;"
        + " COMP_WORDS=(vnnews ingest --th); COMP_CWORD=2; COMP_LINE=\"vnnews ingest --th\"; COMP_POINT=${#COMP_LINE};"
        + " _complete_vnnews vnnews --th ingest; printf \"%s\\n\" \"${COMPREPLY[@]}\"'");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly("--threads");
    Result top = sh(tmp, "exec bash -c 'source ./vnnews.bash;"
        + " COMP_WORDS=(vnnews \"\"); COMP_CWORD=1; COMP_LINE=\"vnnews \"; COMP_POINT=${#COMP_LINE};"
        + " _complete_vnnews vnnews \"\" vnnews; printf \"%s\\n\" \"${COMPREPLY[@]}\"'");
    assertThat(top.out().lines()).contains("ingest", "explain", "completion");
  }

  @Test
  void launcherIsExecutableAndBatchFileUsesCrLf() throws Exception {
    assertThat(Files.getPosixFilePermissions(dist.resolve("bin/vnnews"))).contains(PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OTHERS_EXECUTE);
    String bat = Files.readString(dist.resolve("bin/vnnews.bat"), StandardCharsets.UTF_8);
    assertThat(bat).contains("io.github.vnnews.internal.cli.Main").contains("\r\n");
    assertThat(bat.replace("\r\n", "")).doesNotContain("\n");
    assertThat(dist.resolve("lib/vnnews-" + version + ".jar")).isRegularFile();
    assertThat(dist.resolve("README.md")).isRegularFile();
    assertThat(dist.resolve("LICENSE")).isRegularFile();
    try (var s = Files.list(dist.resolve("lib"))) {
      assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("picocli-"))
          .noneMatch(n -> n.startsWith("spark-") || n.startsWith("scala-"));
    }
  }

  @Test
  void zipHoldsTheSameTreeUnderOneDirectory() throws Exception {
    String base = "vnnews-" + version + "/";
    try (ZipFile z = new ZipFile(basedir.resolve("target/vnnews-" + version + ".zip").toFile())) {
      List<String> names = z.stream().map(ZipEntry::getName).toList();
      assertThat(names).contains(base + "bin/vnnews", base + "bin/vnnews.bat", base + "README.md", base + "LICENSE",
          base + "lib/vnnews-" + version + ".jar");
      assertThat(names).allMatch(n -> n.startsWith(base));
    }
  }

  @Test
  void tarGzKeepsTheLaunchersExecutableBit() throws Exception {
    String base = "vnnews-" + version + "/";
    Map<String, Integer> modes = new java.util.HashMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(basedir.resolve("target/vnnews-" + version + ".tar.gz")))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        int mode = Integer.parseInt(field(header, 100, 8).trim(), 8);
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        if (header[156] == 'x') { // a pax header: the real name follows in the next entry
          in.skipNBytes((size + 511) / 512 * 512);
          continue;
        }
        modes.put(name, mode);
        in.skipNBytes((size + 511) / 512 * 512);
      }
    }
    assertThat(modes).containsKeys(base + "bin/vnnews", base + "LICENSE", base + "lib/vnnews-" + version + ".jar");
    assertThat(modes.get(base + "bin/vnnews") & 0111).isEqualTo(0111);
    assertThat(modes.get(base + "LICENSE") & 0111).isZero();
  }

  private static String field(byte[] h, int from, int len) {
    int end = from;
    while (end < from + len && h[end] != 0) {
      end++;
    }
    return new String(h, from, end - from, StandardCharsets.US_ASCII);
  }
}
