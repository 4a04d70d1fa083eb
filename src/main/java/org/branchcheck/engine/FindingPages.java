package org.branchcheck.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The deflated pages of a {@link FindingList}: each page's bytes, its length inflated and the
 * index of its first finding. Never changed once made, so any number of threads may read it.
 */
final class FindingPages {
  static final FindingPages NONE = new FindingPages(new byte[0][], new int[0], new int[] {0});

  private final byte[][] pages;
  private final int[] rawLengths;
  /** The index of each page's first finding, and the number of findings last. */
  private final int[] starts;

  FindingPages(byte[][] pages, int[] rawLengths, int[] starts) {
    this.pages = pages;
    this.rawLengths = rawLengths;
    this.starts = starts;
  }

  /** The pages of several lists, one list after another. */
  static FindingPages concat(List<FindingPages> parts) {
    int count = parts.stream().mapToInt(p -> p.pages.length).sum();
    byte[][] pages = new byte[count][];
    int[] rawLengths = new int[count];
    int[] starts = new int[count + 1];
    int page = 0;
    int findings = 0;
    for (FindingPages p : parts) {
      for (int i = 0; i < p.pages.length; i++, page++) {
        pages[page] = p.pages[i];
        rawLengths[page] = p.rawLengths[i];
        starts[page] = findings + p.starts[i];
      }
      findings += p.starts[p.pages.length];
    }
    starts[count] = findings;
    return new FindingPages(pages, rawLengths, starts);
  }

  /** The page that holds the finding at {@code index}. */
  int pageOf(int index) {
    int p = Arrays.binarySearch(starts, 0, pages.length, index);
    // an exact hit is a page's first finding; otherwise the page before the insertion point
    return p >= 0 ? p : -p - 2;
  }

  int first(int page) {
    return starts[page];
  }

  int end(int page) {
    return starts[page + 1];
  }

  /** A page's records, inflated. */
  FindingCodec.In records(int page, String[] strings) {
    return new FindingCodec.In(FindingCodec.inflate(pages[page], rawLengths[page]), strings);
  }

  /** The bytes held, array headers left out. */
  long bytes() {
    long bytes = (rawLengths.length + starts.length) * (long) Integer.BYTES;
    for (byte[] p : pages) {
      bytes += p.length;
    }
    return bytes;
  }
}
