package io.github.vnnews.internal.html;

import io.github.vnnews.PublicationTime;
import io.github.vnnews.internal.normalize.ChromeLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a page's machine-readable metadata: JSON-LD ({@code NewsArticle} and kin, in {@code
 * @graph}s and arrays too), OpenGraph and {@code article:*} properties, {@code <meta name=pubdate>}
 * and similar, {@code itemprop} microdata, {@code <time datetime>}, and the canonical link.
 *
 * <p>Publication and modification times are kept apart. The publication times the page states are
 * kept with their sources ({@link PageMetadata#timeSources()}), and one is chosen among them by
 * agreement ({@link PublishedTimes}); the extractor chooses again once the visible stamp is known.
 *
 * <p>Thread-safe (stateless).
 */
final class MetadataReader {
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern URLISH = Pattern.compile("(?i)^(https?://|www\\.)|\\.(vn|com|net|org)(/|$)");
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-|–—]\\s+[^-|–—]{2,40}$");
  private static final Pattern HOST =
      Pattern.compile("(?i)^https?://(?:www\\.|m\\.)?([a-z0-9-]{3,40})\\.(?:com\\.vn|net\\.vn|org\\.vn|vn|com|net|org)\\b");
  private static final Pattern TAG_SPLIT = Pattern.compile("\\s*[,;]\\s*");

  /** Sources of the publication time, most trusted first. */
  private static final String[] PUBLISHED_SOURCES = {
    "property=article:published_time", "name=pubdate", "name=publishdate", "name=publish-date",
    "itemprop=datePublished", "jsonld:datePublished", "name=article:published_time",
    "property=og:published_time", "name=date", "name=dc.date", "name=dc.date.issued",
    "time:datePublished", "time:datetime", "script:innerHTML"
  };

  /** A script writing a text into an element: {@code getElementById("x").innerHTML = "…"}. */
  private static final Pattern SCRIPT_FILL =
      Pattern.compile("getElementById\\(\\s*[\"']([\\w-]{1,60})[\"']\\s*\\)\\.innerHTML\\s*=\\s*[\"']([^\"'<>]{6,160})[\"']");

  private MetadataReader() {}

  /**
   * Reads the metadata of a parsed page (before scripts are removed).
   *
   * @param doc the page
   * @return what the metadata states
   */
  static PageMetadata read(Document doc) {
    // one small method per kind of field: read runs once per page, and as one method of some 300
    // lines the JIT's optimising compiler took seconds of CPU for each of the six times it
    // recompiled it (a page taking a branch no page had taken before)
    Map<String, String> meta = new LinkedHashMap<>();
    Map<String, List<String>> multi = new LinkedHashMap<>();
    metaTags(doc, meta, multi);
    LinkedData ld = linkedData(doc);
    Map<String, Object> article = ld.article;
    List<String> titles = titles(doc, meta, article);
    String description =
        first(meta, "property=og:description", "name=description", "name=twitter:description");
    if (description == null && article != null) {
      description = clean(JsonLd.text(article.get("description")));
    }
    List<PageMetadata.TimeSource> timeSources = new ArrayList<>();
    PublishedTimes.Choice choice = publishedTimes(doc, meta, article, timeSources);
    PublicationTime published = choice == null ? null : choice.time();
    String publishedRule = choice == null ? null : choice.rule();
    PublicationTime modified = PageDates.parseIso(first(meta, "property=article:modified_time",
        "itemprop=dateModified", "name=lastmod", "property=og:updated_time"));
    if (modified == null && article != null) {
      modified = PageDates.parseIso(JsonLd.text(article.get("dateModified")));
    }
    Set<String> authors = linkedDataAuthors(article);
    Set<String> tagAuthors = tagAuthors(multi);
    List<String> jsonLdAuthors = new ArrayList<>(authors);
    if (authors.isEmpty()) {
      authors.addAll(tagAuthors);
    }
    String site = site(meta, article, ld.sites);
    String url = url(doc, meta, article);
    String section = section(meta, article, ld.crumbs);
    Set<String> tags = tags(meta, multi, article);
    // a name that is the publisher's is not an author
    Set<String> orgs = new LinkedHashSet<>();
    for (String o : new String[] {site, first(meta, "property=og:site_name"),
        first(meta, "name=application-name"), hostName(url)}) {
      if (o != null) {
        orgs.add(HtmlExtractor.fold(o).replace(" ", ""));
      }
    }
    for (String o : ld.sites) {
      orgs.add(HtmlExtractor.fold(o).replace(" ", ""));
    }
    orgs.remove("");
    authors.removeIf(a -> isSiteName(a, orgs));
    tagAuthors.removeIf(a -> isSiteName(a, orgs));
    jsonLdAuthors.removeIf(a -> isSiteName(a, orgs));
    return new PageMetadata(titles, description, published, publishedRule, timeSources, modified,
        new ArrayList<>(authors), jsonLdAuthors, new ArrayList<>(tagAuthors), List.copyOf(orgs), site,
        url, section, new ArrayList<>(tags));
  }

  /** The {@code meta} tags with content, by {@code attribute=key}: the first value, and all. */
  private static void metaTags(Document doc, Map<String, String> meta,
      Map<String, List<String>> multi) {
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          String k = attr + "=" + key;
          meta.putIfAbsent(k, content);
          multi.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** What the page's JSON-LD states: its article object, site names and breadcrumbs. */
  private static final class LinkedData {
    Map<String, Object> article;
    final List<String> sites = new ArrayList<>();
    final List<String> crumbs = new ArrayList<>();
  }

  private static LinkedData linkedData(Document doc) {
    LinkedData ld = new LinkedData();
    Map<String, Object> fallback = null;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      Object root = JsonLd.parse(script.data());
      for (Map<String, Object> o : JsonLd.objects(root)) {
        if (ld.article == null && JsonLd.hasType(o, "Article", "BlogPosting", "Report")) {
          ld.article = o;
        } else if (fallback == null && (o.containsKey("headline") || o.containsKey("datePublished"))
            && !JsonLd.hasType(o, "VideoObject", "ImageObject", "Organization", "Person")) {
          fallback = o;
        }
        if (JsonLd.hasType(o, "Organization", "NewsMediaOrganization") && o.get("name") != null) {
          String n = clean(JsonLd.text(o.get("name")));
          if (n != null) {
            ld.sites.add(n);
          }
        }
        if (JsonLd.hasType(o, "BreadcrumbList") && o.get("itemListElement") instanceof List<?> items) {
          crumbs(items, ld.crumbs);
        }
      }
    }
    if (ld.article == null) {
      ld.article = fallback;
    }
    return ld;
  }

  private static void crumbs(List<?> items, List<String> crumbs) {
    for (Map<String, Object> item : JsonLd.objects(items)) {
      if (JsonLd.hasType(item, "ListItem")) {
        String n = clean(JsonLd.text(item.get("name")));
        if (n == null && item.get("item") instanceof Map<?, ?> inner) {
          n = clean(JsonLd.text(inner.get("name")));
        }
        if (n != null) {
          crumbs.add(n);
        }
      }
    }
  }

  /** Every title candidate the metadata offers; the visible headline is matched against them. */
  private static List<String> titles(Document doc, Map<String, String> meta,
      Map<String, Object> article) {
    List<String> titles = new ArrayList<>();
    if (article != null) {
      addTitle(titles, clean(JsonLd.text(article.get("headline"))));
    }
    addTitle(titles, first(meta, "property=og:title"));
    addTitle(titles, first(meta, "name=twitter:title"));
    addTitle(titles, first(meta, "itemprop=headline"));
    Element headTitle = doc.selectFirst("head > title");
    if (headTitle != null) {
      String t = clean(headTitle.text());
      if (t != null && titles.isEmpty()) {
        // the document title alone: without the site's name after a dash or bar
        Matcher m = SITE_SUFFIX.matcher(t);
        if (m.find() && m.start() >= 20) {
          t = t.substring(0, m.start()).strip();
        }
      }
      addTitle(titles, t);
    }
    return titles;
  }

  /** The publication times the page states, in {@code timeSources}, and the one chosen. */
  private static PublishedTimes.Choice publishedTimes(Document doc, Map<String, String> meta,
      Map<String, Object> article, List<PageMetadata.TimeSource> timeSources) {
    Map<String, String> stated = new LinkedHashMap<>();
    for (String src : PUBLISHED_SOURCES) {
      String v = meta.get(src);
      if (v != null) {
        stated.putIfAbsent(src, v);
      }
    }
    String ldPublished = article == null ? null : JsonLd.text(article.get("datePublished"));
    if (ldPublished != null) {
      stated.putIfAbsent("jsonld:datePublished", ldPublished);
    }
    Element itemTime = doc.selectFirst("time[itemprop=datePublished][datetime], [itemprop=datePublished][datetime]");
    if (itemTime != null) {
      stated.putIfAbsent("time:datePublished", itemTime.attr("datetime"));
    }
    Element anyTime = doc.selectFirst("article time[datetime], time[datetime]");
    if (anyTime != null) {
      stated.putIfAbsent("time:datetime", anyTime.attr("datetime"));
    }
    String scripted = scriptedStamp(doc);
    if (scripted != null) {
      stated.putIfAbsent("script:innerHTML", scripted);
    }
    PublishedTimes machine = new PublishedTimes();
    for (String src : PUBLISHED_SOURCES) {
      String value = stated.get(src);
      if (value != null) {
        timeSources.add(new PageMetadata.TimeSource(src, value));
        machine.add(src, value);
      }
    }
    return machine.choose();
  }

  /** The authors of the JSON-LD article (organisations left out). */
  private static Set<String> linkedDataAuthors(Map<String, Object> article) {
    Set<String> authors = new LinkedHashSet<>();
    if (article == null) {
      return authors;
    }
    Object a = article.get("author");
    List<Object> list = a instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(a == null ? "" : a));
    for (Object one : list) {
      if (one instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> mm = (Map<String, Object>) m;
        if (JsonLd.hasType(mm, "Organization", "NewsMediaOrganization")) {
          continue;
        }
        addNames(authors, clean(JsonLd.text(mm.get("name"))));
      } else if (one instanceof String s) {
        addNames(authors, clean(s));
      }
    }
    return authors;
  }

  /** The authors of the first author meta tag that names any (two words or more each). */
  private static Set<String> tagAuthors(Map<String, List<String>> multi) {
    Set<String> tagAuthors = new LinkedHashSet<>();
    for (String k : new String[] {"property=article:author", "name=dable:author", "property=dable:author", "name=author"}) {
      for (String v : multi.getOrDefault(k, List.of())) {
        if (!URLISH.matcher(v).find()) {
          for (String part : v.split(";")) {
            String c = clean(part);
            if (c != null && c.contains(" ")) {
              addNames(tagAuthors, c);
            }
          }
        }
      }
      if (!tagAuthors.isEmpty()) {
        break;
      }
    }
    return tagAuthors;
  }

  private static String site(Map<String, String> meta, Map<String, Object> article,
      List<String> ldSites) {
    String site = null;
    if (article != null && article.get("publisher") instanceof Map<?, ?> pub) {
      String n = clean(JsonLd.text(pub.get("name")));
      if (n != null && !URLISH.matcher(n).find()) {
        site = n;
      }
    }
    if (site == null) {
      site = first(meta, "property=og:site_name", "name=application-name");
    }
    if (site == null && !ldSites.isEmpty()) {
      site = ldSites.get(0);
    }
    return site;
  }

  private static String url(Document doc, Map<String, String> meta, Map<String, Object> article) {
    String url = null;
    Element canon = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canon != null) {
      url = canon.absUrl("href");
      if (url.isEmpty()) {
        url = canon.attr("href").strip();
      }
    }
    if (url == null || url.isEmpty()) {
      url = first(meta, "property=og:url");
    }
    if ((url == null || url.isEmpty()) && article != null && article.get("mainEntityOfPage") != null) {
      url = JsonLd.text(article.get("mainEntityOfPage"));
    }
    if (url != null && url.isEmpty()) {
      url = null;
    }
    return url;
  }

  private static String section(Map<String, String> meta, Map<String, Object> article,
      List<String> crumbs) {
    String section = first(meta, "property=article:section");
    if (section == null && article != null) {
      String s = clean(JsonLd.text(article.get("articleSection")));
      if (s != null) {
        section = TAG_SPLIT.split(s)[0];
      }
    }
    if (section == null) {
      for (String c : crumbs) {
        if (!c.toLowerCase(Locale.ROOT).startsWith("trang chủ") && !c.equalsIgnoreCase("home")) {
          section = c;
          break;
        }
      }
    }
    return section;
  }

  private static Set<String> tags(Map<String, String> meta, Map<String, List<String>> multi,
      Map<String, Object> article) {
    Set<String> tags = new LinkedHashSet<>();
    for (String v : multi.getOrDefault("property=article:tag", List.of())) {
      for (String t : TAG_SPLIT.split(v)) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    if (tags.isEmpty() && article != null && article.get("keywords") != null) {
      Object kw = article.get("keywords");
      List<Object> kws = kw instanceof List<?> l ? new ArrayList<>(l) : List.of(kw);
      for (Object o : kws) {
        String s = clean(JsonLd.text(o));
        if (s != null) {
          for (String t : TAG_SPLIT.split(s)) {
            if (!t.isBlank()) {
              tags.add(t.strip());
            }
          }
        }
      }
    }
    if (tags.isEmpty()) {
      String kw = first(meta, "name=news_keywords", "name=keywords");
      if (kw != null) {
        for (String t : TAG_SPLIT.split(kw)) {
          if (!t.isBlank()) {
            tags.add(t.strip());
          }
        }
      }
    }
    return tags;
  }

  /**
   * Adds a title candidate. A value that still holds an entity after the HTML parser decoded it was
   * escaped twice by the page ({@code content="C&amp;#243; một homestay"}): it is decoded once more,
   * so that it can agree with the visible headline; a value still not clean after that is left out.
   */
  private static void addTitle(List<String> titles, String t) {
    String v = t != null && ENTITY.matcher(t).find() ? clean(t) : t;
    if (v != null && !ENTITY.matcher(v).find() && !titles.contains(v)) {
      titles.add(v);
    }
  }

  /**
   * The stamp a page writes with a script into an empty element of its own ("Thứ năm, 20/12/2012,
   * 16:10 GMT+7" filled into {@code <span id="pDateTime">}): what a reader sees there.
   */
  private static String scriptedStamp(Document doc) {
    for (Element script : doc.select("script:not([src])")) {
      String data = script.data();
      if (data.length() > 20_000 || !data.contains("innerHTML")) {
        continue;
      }
      Matcher m = SCRIPT_FILL.matcher(data);
      while (m.find()) {
        Element target = doc.getElementById(m.group(1));
        if (target != null && target.text().isBlank()) {
          String text = HtmlText.collapse(Parser.unescapeEntities(m.group(2), false));
          if (PageDates.isStamp(text)) {
            return text;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a name is the site's: it equals or contains one of the site's names (folded, spaces
   * removed), or is a news outlet's name.
   */
  static boolean isSiteName(String name, Set<String> orgs) {
    String f = HtmlExtractor.fold(name).replace(" ", "");
    for (String o : orgs) {
      if (!o.isEmpty() && (o.contains(f) || f.contains(o))) {
        return true;
      }
    }
    return ChromeLexicon.defaults().isOutlet(name);
  }

  /** The name in a page's address ("vnexpress" for https://vnexpress.net/…), or null. */
  private static String hostName(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = HOST.matcher(url);
    return m.find() ? m.group(1) : null;
  }

  private static void addNames(Set<String> out, String names) {
    if (names == null) {
      return;
    }
    String n = HtmlText.stripAuthorDecorations(names);
    if (n != null && HtmlText.looksLikePersonNames(n)) {
      out.add(n);
    }
  }

  private static String first(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return HtmlText.collapse(v);
      }
    }
    return null;
  }

  /**
   * A JSON-LD string made fit for output: entities decoded (once: the script's text was never
   * decoded by the HTML parser) and white space collapsed.
   */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s;
    if (t.indexOf('&') >= 0 && ENTITY.matcher(t).find()) {
      t = Parser.unescapeEntities(t, false);
    }
    t = HtmlText.collapse(t);
    return t.isEmpty() ? null : t;
  }
}
