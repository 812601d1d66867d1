package io.github.vnnews.internal.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What deduplication keeps of one article: its identity, its place in the canonical order, the
 * keys that bring it together with possible duplicates, and the shingle set that verifies them.
 * Made by {@link Signer#sign}; a pure function of the article and the {@link DedupOptions}.
 *
 * <p>Immutable (the arrays are not copied: do not change them) and thread-safe.
 *
 * @param id the article's id (16 hex digits)
 * @param published the canonical-order time: epoch seconds of {@code publishedAt} (a date alone
 *     at 00:00 Vietnam time), {@link Long#MAX_VALUE} when there is none
 * @param exactKey a 64-bit hash of the folded text (NFC, modern tone style, lower case,
 *     punctuation and whitespace folded to one space, diacritics kept); equal keys mean equal
 *     folded texts but for a hash collision, which the verification catches
 * @param bandKeys one 64-bit key per LSH band: a hash of the band's MinHash values and its index
 * @param shingles the sorted, distinct 32-bit hashes of the text's syllable shingles (empty for a
 *     text without a letter or digit)
 */
public record Signature(String id, long published, long exactKey, long[] bandKeys, int[] shingles) {

  /**
   * Checks the invariants.
   *
   * @param id the article's id (16 hex digits)
   * @param published the canonical-order time: epoch seconds of {@code publishedAt} (a date alone
   *     at 00:00 Vietnam time), {@link Long#MAX_VALUE} when there is none
   * @param exactKey a 64-bit hash of the folded text (NFC, modern tone style, lower case,
   *     punctuation and whitespace folded to one space, diacritics kept); equal keys mean equal
   *     folded texts but for a hash collision, which the verification catches
   * @param bandKeys one 64-bit key per LSH band: a hash of the band's MinHash values and its index
   * @param shingles the sorted, distinct 32-bit hashes of the text's syllable shingles (empty for a
   *     text without a letter or digit)
   */
  public Signature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bandKeys, "bandKeys");
    Objects.requireNonNull(shingles, "shingles");
  }

  /**
   * Whether the text had nothing to compare (no letter or digit): such articles join no cluster.
   *
   * @return true when there are no shingles
   */
  public boolean isEmpty() {
    return shingles.length == 0;
  }

  /**
   * The keys of the buckets this article joins: one per LSH band and one for its exact key (salted
   * so that it never meets a band key); none for an empty text. The CLI's {@link Deduplicator} and
   * the Spark job bucket articles by these same keys.
   *
   * @return the keys, {@code bands + 1} of them, or none
   */
  public long[] bucketKeys() {
    if (isEmpty()) {
      return new long[0];
    }
    long[] keys = Arrays.copyOf(bandKeys, bandKeys.length + 1);
    keys[bandKeys.length] = Signer.mix(exactKey ^ EXACT_SALT);
    return keys;
  }

  private static final long EXACT_SALT = 0x45584143544B4559L;

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.id.equals(id) && s.published == published
        && s.exactKey == exactKey && Arrays.equals(s.bandKeys, bandKeys)
        && Arrays.equals(s.shingles, shingles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, published, exactKey, Arrays.hashCode(bandKeys), Arrays.hashCode(shingles));
  }

  @Override
  public String toString() {
    return "Signature[id=" + id + ", published=" + published + ", exactKey=" + exactKey + ", bands="
        + bandKeys.length + ", shingles=" + shingles.length + "]";
  }
}
