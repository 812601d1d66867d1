package io.github.vnnews.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON-LD blocks with Jackson's streaming parser into plain trees ({@code Map}, {@code
 * List}, {@code String}), leniently: comments, trailing commas, single quotes and raw control
 * characters are accepted, and a block that breaks off midway keeps what was read before the
 * break. Depth and size are bounded.
 *
 * <p>Thread-safe.
 */
final class JsonLd {
  /** Deepest nesting accepted. */
  static final int MAX_DEPTH = 48;

  /** Largest block read (characters). */
  static final int MAX_CHARS = 1_000_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
              JsonReadFeature.ALLOW_MISSING_VALUES,
              JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
              JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH + 2)
                  .maxDocumentLength(MAX_CHARS)
                  .maxStringLength(MAX_CHARS)
                  .build())
          .build();

  /** A quoted key with a quoted string value, for salvaging blocks the parser cannot read. */
  private static final Pattern STRING_MEMBER =
      Pattern.compile("\"(@type|headline|name|datePublished|dateModified|articleSection)\"\\s*:\\s*\"([^\"\\\\\\n]{1,300})\"");

  private JsonLd() {}

  /**
   * Parses one JSON-LD block. A block that is broken keeps what was read before the break; if
   * nothing could be read, the string members that a regular expression can find are returned as
   * one object.
   *
   * @param json the script's text
   * @return the root value (a map, a list or a string), or null when nothing usable is found
   */
  static Object parse(String json) {
    String s = json.length() > MAX_CHARS ? json.substring(0, MAX_CHARS) : json;
    s = stripWrapping(s);
    Object root = null;
    Deque<Object> stack = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), s)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            Object c = t == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>()
                : new ArrayList<>();
            if (stack.isEmpty()) {
              if (root != null) {
                // a second top-level value: treat the block as an array of them
                List<Object> all = asList(root);
                all.add(c);
                root = all;
              } else {
                root = c;
              }
            } else {
              add(stack.peek(), names, c);
            }
            stack.push(c);
          }
          case END_OBJECT, END_ARRAY -> {
            if (!stack.isEmpty()) {
              stack.pop();
            }
          }
          case PROPERTY_NAME -> names.push(p.currentName());
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
            if (stack.isEmpty()) {
              root = root == null ? p.getString() : root;
            } else {
              add(stack.peek(), names, p.getString());
            }
          }
          case VALUE_NULL -> {
            if (!stack.isEmpty()) {
              add(stack.peek(), names, null);
            }
          }
          default -> { }
        }
      }
    } catch (JacksonException | IllegalStateException e) {
      // broken or truncated: keep what was read
    }
    if (root == null || (root instanceof Map<?, ?> m && m.isEmpty())) {
      Map<String, Object> salvaged = salvage(s);
      return salvaged.isEmpty() ? root : salvaged;
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    List<Object> l = new ArrayList<>();
    l.add(o);
    return l;
  }

  @SuppressWarnings("unchecked")
  private static void add(Object container, Deque<String> names, Object value) {
    if (container instanceof Map<?, ?> m) {
      String name = names.isEmpty() ? "" : names.pop();
      ((Map<String, Object>) m).putIfAbsent(name, value);
    } else {
      ((List<Object>) container).add(value);
    }
  }

  private static String stripWrapping(String s) {
    String t = s.strip();
    if (t.startsWith("<!--")) {
      t = t.substring(4);
    }
    if (t.endsWith("-->")) {
      t = t.substring(0, t.length() - 3);
    }
    if (t.startsWith("<![CDATA[")) {
      t = t.substring(9);
    }
    if (t.endsWith("]]>")) {
      t = t.substring(0, t.length() - 3);
    }
    return t;
  }

  private static Map<String, Object> salvage(String s) {
    Map<String, Object> out = new LinkedHashMap<>();
    Matcher m = STRING_MEMBER.matcher(s);
    while (m.find()) {
      out.putIfAbsent(m.group(1), m.group(2));
    }
    return out;
  }

  /**
   * All objects in a tree, depth first, including those under {@code @graph} and in arrays.
   *
   * @param root a parsed tree
   * @return the objects, outermost first
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object root) {
    List<Map<String, Object>> out = new ArrayList<>();
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {root, 0});
    while (!todo.isEmpty() && out.size() < 10_000) {
      Object[] top = todo.pop();
      Object o = top[0];
      int depth = (Integer) top[1];
      if (depth > MAX_DEPTH) {
        continue;
      }
      if (o instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
        List<Object> vals = new ArrayList<>(m.values());
        for (int i = vals.size() - 1; i >= 0; i--) {
          todo.push(new Object[] {vals.get(i), depth + 1});
        }
      } else if (o instanceof List<?> l) {
        for (int i = l.size() - 1; i >= 0; i--) {
          todo.push(new Object[] {l.get(i), depth + 1});
        }
      }
    }
    return out;
  }

  /**
   * Whether an object's {@code @type} (a string or a list of strings) names one of the types.
   *
   * @param o the object
   * @param suffixes type names; a type matches when it ends with one of them
   * @return true on a match
   */
  static boolean hasType(Map<String, Object> o, String... suffixes) {
    Object t = o.get("@type");
    List<Object> types = t instanceof List<?> l ? new ArrayList<>(l) : List.of(t == null ? "" : t);
    for (Object type : types) {
      if (type instanceof String s) {
        for (String suffix : suffixes) {
          if (s.endsWith(suffix)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A member as text: a string, the {@code name} (or {@code @id}, {@code url}) of an object, or
   * the texts of a list joined with {@code ", "}.
   *
   * @param value the member's value
   * @return the text, or null when there is none
   */
  static String text(Object value) {
    if (value instanceof String s) {
      return s.isBlank() ? null : s.strip();
    }
    if (value instanceof Map<?, ?> m) {
      for (String k : new String[] {"name", "@value", "url", "@id"}) {
        if (m.get(k) instanceof String s && !s.isBlank()) {
          return s.strip();
        }
      }
      return null;
    }
    if (value instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        String s = text(o);
        if (s != null && !parts.contains(s)) {
          parts.add(s);
        }
      }
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    return null;
  }
}
