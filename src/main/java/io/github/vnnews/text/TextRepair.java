package io.github.vnnews.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Repairs scraped Vietnamese text: Unicode normalisation (NFC), invisible characters and odd
 * spaces, and the tone-mark style chosen by {@link ToneStyle}.
 *
 * <p>Repair never adds or removes a line break, so line numbers stay valid.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRepair {
  private final ToneStyle toneStyle;

  private TextRepair(ToneStyle toneStyle) {
    this.toneStyle = Objects.requireNonNull(toneStyle, "toneStyle");
  }

  /**
   * A repairer with the given tone style.
   *
   * @param toneStyle the tone-mark style
   * @return the repairer
   */
  public static TextRepair of(ToneStyle toneStyle) {
    return new TextRepair(toneStyle);
  }

  /**
   * The tone style this repairer applies.
   *
   * @return the style
   */
  public ToneStyle toneStyle() {
    return toneStyle;
  }

  /**
   * Repairs one document's text.
   *
   * @param text the text, lines separated by {@code \n}
   * @return the repaired text and whether anything changed
   */
  public Repaired repair(String text) {
    String out = text;
    if (!Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
      out = Normalizer.normalize(out, Normalizer.Form.NFC);
    }
    StringBuilder sb = null;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      char r = switch (c) {
        case '\u00A0', '\u2007', '\u202F' -> ' ';
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> '\0';
        default -> c;
      };
      if (r != c && sb == null) {
        sb = new StringBuilder(out.length());
        sb.append(out, 0, i);
      }
      if (sb != null && r != '\0') {
        sb.append(r);
      }
    }
    if (sb != null) {
      out = sb.toString();
    }
    return new Repaired(out, !out.equals(text), null);
  }

  /**
   * The result of {@link #repair(String)}.
   *
   * @param text the repaired text
   * @param changed whether repair changed anything
   * @param mojibakeOf the legacy encoding whose mojibake was undone, or null
   */
  public record Repaired(String text, boolean changed, String mojibakeOf) {}
}
