package io.github.vnnews.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * Undoes mojibake (spec §3.3-3.4): text whose bytes were read as windows-1252 or Latin-1 although
 * they were UTF-8 or a legacy Vietnamese encoding. Decides once for the whole text, never per
 * word, and repeats for double mojibake while the text gets better.
 */
final class Mojibake {
  /** The decodings tried, with the names reported. */
  private static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate("utf-8", StandardCharsets.UTF_8),
          new Candidate("tcvn3", VietnameseCharsets.TCVN3),
          new Candidate("tcvn5712-1", VietnameseCharsets.TCVN5712_1),
          new Candidate("vni", VietnameseCharsets.VNI),
          new Candidate("viscii", VietnameseCharsets.VISCII),
          new Candidate("vps", VietnameseCharsets.VPS),
          new Candidate("windows-1258", VietnameseCharsets.WINDOWS_1258));

  private static final int MAX_ROUNDS = 3;

  private record Candidate(String name, Charset charset) {}

  /** A repaired text and the encoding whose mojibake it was. */
  record Result(String text, String encoding) {}

  private Mojibake() {}

  /**
   * Whether a character can be part of mojibake: it is what windows-1252 or Latin-1 makes of a
   * byte.
   */
  static boolean isByteChar(char c) {
    return c < 0x100 || cp1252Byte(c) >= 0;
  }

  /** The windows-1252 byte of a character outside Latin-1, or -1. */
  static int cp1252Byte(char c) {
    return switch (c) {
      case '\u20AC' -> 0x80;
      case '\u201A' -> 0x82;
      case '\u0192' -> 0x83;
      case '\u201E' -> 0x84;
      case '\u2026' -> 0x85;
      case '\u2020' -> 0x86;
      case '\u2021' -> 0x87;
      case '\u02C6' -> 0x88;
      case '\u2030' -> 0x89;
      case '\u0160' -> 0x8A;
      case '\u2039' -> 0x8B;
      case '\u0152' -> 0x8C;
      case '\u017D' -> 0x8E;
      case '\u2018' -> 0x91;
      case '\u2019' -> 0x92;
      case '\u201C' -> 0x93;
      case '\u201D' -> 0x94;
      case '\u2022' -> 0x95;
      case '\u2013' -> 0x96;
      case '\u2014' -> 0x97;
      case '\u02DC' -> 0x98;
      case '\u2122' -> 0x99;
      case '\u0161' -> 0x9A;
      case '\u203A' -> 0x9B;
      case '\u0153' -> 0x9C;
      case '\u017E' -> 0x9E;
      case '\u0178' -> 0x9F;
      default -> -1;
    };
  }

  /** The bytes windows-1252 (WHATWG) or Latin-1 made the text from, or null. */
  static byte[] toBytes(CharSequence s) {
    byte[] out = new byte[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c < 0x100) {
        out[i] = (byte) c;
      } else {
        int b = cp1252Byte(c);
        if (b < 0) {
          return null;
        }
        out[i] = (byte) b;
      }
    }
    return out;
  }

  /**
   * Decodes bytes; legacy results are composed (NFC). Malformed UTF-8 becomes U+FFFD, which the
   * score counts against the candidate.
   */
  static String decode(byte[] bytes, int length, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out;
    try {
      out = dec.decode(ByteBuffer.wrap(bytes, 0, length));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException(e); // REPLACE never throws
    }
    String s = out.toString();
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Repairs mojibake in a whole text.
   *
   * @return the repaired text, or null when the text is best left as it is
   */
  static Result repair(String text) {
    Scoring.Score original = Scoring.score(text);
    String state = text;
    Scoring.Score stateScore = original;
    String stateEncoding = null;
    Result best = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      byte[] bytes = toBytes(state);
      if (bytes == null) {
        break;
      }
      String roundBest = null;
      Scoring.Score roundScore = null;
      String roundName = null;
      if (EncodingDetector.isStrictUtf8(bytes, bytes.length)) {
        // multi-byte UTF-8 sequences do not happen by chance in windows-1252 text: follow them
        // even through a step that does not look better yet (double mojibake)
        String decoded = decode(bytes, bytes.length, StandardCharsets.UTF_8);
        if (!decoded.equals(state) && latinScript(decoded)) {
          state = decoded;
          stateScore = Scoring.score(decoded);
          stateEncoding = stateEncoding == null ? "utf-8" : stateEncoding;
          if (clearlyBetter(stateScore, original)) {
            best = new Result(state, stateEncoding);
          }
          continue;
        }
      }
      for (Candidate c : CANDIDATES) {
        String decoded = decode(bytes, bytes.length, c.charset());
        if (decoded.equals(state)) {
          continue;
        }
        Scoring.Score sc = Scoring.score(decoded);
        // VN1 is TCVN3 plus capitals where TCVN3 text has windows-1252 punctuation (an en dash
        // is a capital Ọ in VN1): it must win clearly
        int handicap = c.charset() == VietnameseCharsets.TCVN5712_1 ? 3 : 0;
        if (roundScore == null || sc.value() - handicap > roundScore.value()) {
          roundBest = decoded;
          roundScore = sc;
          roundName = c.name();
        }
      }
      if (roundScore == null || roundScore.value() <= stateScore.value()) {
        break;
      }
      state = roundBest;
      stateScore = roundScore;
      // double UTF-8 mojibake stays "utf-8"; a legacy encoding under it is what is reported
      if (stateEncoding == null || !roundName.equals("utf-8")) {
        stateEncoding = roundName;
      }
      if (clearlyBetter(stateScore, original)) {
        best = new Result(state, stateEncoding);
      }
    }
    return best;
  }

  /** Whether every character is one Vietnamese (or its mojibake) is written with. */
  private static boolean latinScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c < 0x250
              || (c >= 0x300 && c < 0x370)
              || (c >= 0x1E00 && c < 0x1F00)
              || (c >= 0x2000 && c < 0x2070)
              || c == 0x20AC
              || c == 0x2122;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A candidate must read as Vietnamese and beat the current text by a clear margin. */
  private static boolean clearlyBetter(Scoring.Score candidate, Scoring.Score current) {
    int margin = Math.max(2, (candidate.good() + candidate.bad()) / 10);
    return candidate.plausible() && candidate.value() >= current.value() + margin;
  }
}
