package io.github.vnnews;

import java.util.Objects;

/**
 * A photo caption kept apart from the body: the description and, where the caption names one, the
 * photographer or source of the picture.
 *
 * <p>Example: {@code "Đồng chí X phát biểu tại hội nghị. Ảnh: Diễm My"} becomes {@code
 * Caption("Đồng chí X phát biểu tại hội nghị.", "Diễm My")}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>A caption that is only a credit ({@code "Ảnh: Reuters"} alone under a photo) has empty text
 * and the credit: {@code Caption("", "Reuters")}. A caption never has neither.
 *
 * @param text the caption text without the credit; never null; empty only when there is a credit
 * @param credit the photo credit (the name after {@code Ảnh:}), or null when none is given
 */
public record Caption(String text, String credit) {
  /**
   * Checks the caption's invariants.
   *
   * @param text the caption text without the credit; never null or blank
   * @param credit the photo credit (the name after {@code Ảnh:}), or null when none is given
   */
  public Caption {
    Objects.requireNonNull(text, "text");
    if (credit != null && credit.isBlank()) {
      credit = null;
    }
    if (text.isBlank() && credit == null) {
      throw new IllegalArgumentException("a caption needs a text or a credit");
    }
  }
}
