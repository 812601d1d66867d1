package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a newcomer reads before using or changing vnnews: the docs name only the real version (or a
 * placeholder), the changelog, versioning policy and contributing guide exist with what they must
 * say, and the release profile is configured (it is never run here).
 */
class ProjectDocsTest {
  private static final Path BASEDIR = Path.of(System.getProperty("vnnews.basedir", "."));

  private static Document pom() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(BASEDIR.resolve("pom.xml").toFile());
  }

  private static String projectVersion() throws Exception {
    Element project = pom().getDocumentElement();
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals("version")) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <version> in pom.xml");
  }

  private static List<Path> docs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String name : List.of("README.md", "CHANGELOG.md", "VERSIONING.md", "CONTRIBUTING.md", "SECURITY.md",
        "ARCHITECTURE.md")) {
      out.add(BASEDIR.resolve(name));
    }
    for (String dir : List.of("docs", "bench")) {
      try (Stream<Path> s = Files.walk(BASEDIR.resolve(dir), 2)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void docsNameOnlyTheRealVersionOfVnnewsOrAPlaceholder() throws Exception {
    String version = projectVersion();
    Pattern coordinates = Pattern.compile("io\\.github\\.vnnews:vnnews:([^,\\s`'\"]+)");
    Pattern xml = Pattern.compile("<artifactId>vnnews</artifactId>\\s*<version>([^<]+)</version>");
    List<String> wrong = new ArrayList<>();
    int seen = 0;
    for (Path doc : docs()) {
      if (!Files.exists(doc)) {
        continue;
      }
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      for (Pattern p : List.of(coordinates, xml)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          seen++;
          String v = m.group(1);
          if (!v.equals(version) && !v.startsWith("$")) {
            wrong.add(BASEDIR.relativize(doc) + ": " + m.group());
          }
        }
      }
    }
    assertThat(seen).as("the docs show the coordinates somewhere").isPositive();
    assertThat(wrong).as("versions other than %s (or a $PLACEHOLDER)", version).isEmpty();
  }

  @Test
  void changelogVersioningAndContributingSayWhatTheyMust() throws IOException {
    String changelog = Files.readString(BASEDIR.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
    assertThat(changelog).contains("keepachangelog.com", "## [Unreleased]", "### Added", "### Changed");
    String versioning = Files.readString(BASEDIR.resolve("VERSIONING.md"), StandardCharsets.UTF_8);
    assertThat(versioning).contains("Semantic Versioning", "schemaVersion", "internal",
        "`io.github.vnnews.json`", "`io.github.vnnews.spark`", "Options.loaderConfig()");
    assertThat(versioning).contains("now **" + Article.SCHEMA_VERSION + "**");
    String contributing = Files.readString(BASEDIR.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);
    assertThat(contributing).contains("mvn -B verify", "src/test/resources", "RulePipeline", "CHANGELOG.md");
    // the distribution carries the changelog
    assertThat(Files.readString(BASEDIR.resolve("src/main/assembly/dist-files.xml"))).contains("<include>CHANGELOG.md</include>");
  }

  @Test
  void releaseProfileSignsAndPublishesToCentral() throws Exception {
    NodeList profiles = pom().getElementsByTagName("profile");
    Element release = null;
    for (int i = 0; i < profiles.getLength(); i++) {
      Element p = (Element) profiles.item(i);
      if (p.getElementsByTagName("id").item(0).getTextContent().trim().equals("release")) {
        release = p;
      }
    }
    assertThat(release).as("a release profile").isNotNull();
    List<String> plugins = new ArrayList<>();
    NodeList ids = release.getElementsByTagName("artifactId");
    for (int i = 0; i < ids.getLength(); i++) {
      plugins.add(ids.item(i).getTextContent().trim());
    }
    assertThat(plugins).contains("maven-gpg-plugin", "central-publishing-maven-plugin");
    assertThat(release.getTextContent()).contains("sign", "central");
    // Central wants sources and javadoc jars: the main build attaches both
    String pom = Files.readString(BASEDIR.resolve("pom.xml"));
    assertThat(pom).contains("<goal>jar-no-fork</goal>", "<id>attach-javadocs</id>", "<failOnWarnings>true</failOnWarnings>");
  }
}
