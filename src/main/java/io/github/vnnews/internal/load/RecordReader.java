package io.github.vnnews.internal.load;

import java.io.Closeable;
import java.util.NoSuchElementException;

/**
 * Reads the records of one input, one at a time: a plain or HTML file ({@link DocumentReader}) or
 * a web archive ({@link WarcRecordReader}). {@link RecordReaders#open} chooses by content.
 *
 * <p>Not thread-safe; close it when done (closing closes the input).
 */
public interface RecordReader extends Closeable {
  /**
   * Whether there is another record.
   *
   * @return true when {@link #nextRecord()} has one
   */
  boolean hasNext();

  /**
   * The next record.
   *
   * @return the record
   * @throws NoSuchElementException at the end
   */
  RawRecord nextRecord();
}
