package org.branchcheck.engine;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link FindingList} one finding at a time, as the findings are produced: each is
 * encoded at once, so the finding itself is garbage as soon as it is added, and every {@value
 * #PAGE_FINDINGS} findings (or {@value #PAGE_BYTES} bytes of text) are deflated into a page. For
 * one thread. {@link #build} may be called more than once; each list holds what was added so far.
 */
public final class FindingListBuilder {
  /**
   * Findings per page. Deflate finds the repetitions of a rule's messages within a page, so larger
   * pages are smaller per finding; reading one finding at random decodes its whole page, so they
   * should not be much larger than this.
   */
  static final int PAGE_FINDINGS = 128;

  static final int PAGE_BYTES = 32 * 1024;

  private final FindingStrings strings;
  private final FindingCodec.Out page = new FindingCodec.Out();
  private final List<byte[]> pages = new ArrayList<>();
  private final IntArrayList rawLengths = new IntArrayList();
  private final IntArrayList starts = new IntArrayList();
  private short[] kinds = new short[64];
  private int[] orgs = new int[64];
  private int size;
  private int pageStart;

  FindingListBuilder(FindingStrings strings) {
    this.strings = strings;
  }

  /**
   * A builder that shares this one's table of repeated strings, so that their lists join by
   * {@link FindingList#concat} without being decoded. Both are to be used from one thread.
   */
  public FindingListBuilder sibling() {
    return new FindingListBuilder(strings);
  }

  public FindingListBuilder add(Finding f) {
    Objects.requireNonNull(f, "finding");
    if (size == kinds.length) {
      kinds = Arrays.copyOf(kinds, size * 2);
      orgs = Arrays.copyOf(orgs, size * 2);
    }
    kinds[size] = FindingKind.of(f);
    orgs[size] = strings.intern(f.org());
    page.record(f, strings);
    size++;
    if (size - pageStart == PAGE_FINDINGS || page.size() >= PAGE_BYTES) {
      flush();
    }
    return this;
  }

  public FindingListBuilder addAll(Iterable<Finding> findings) {
    findings.forEach(this::add);
    return this;
  }

  public int size() {
    return size;
  }

  public FindingList build() {
    flush();
    int[] bounds = Arrays.copyOf(starts.toIntArray(), starts.size() + 1);
    bounds[starts.size()] = size;
    return new FindingList(strings.snapshot(),
        new FindingPages(pages.toArray(byte[][]::new), rawLengths.toIntArray(), bounds),
        Arrays.copyOf(kinds, size), Arrays.copyOf(orgs, size));
  }

  private void flush() {
    if (size == pageStart) {
      return;
    }
    starts.add(pageStart);
    rawLengths.add(page.size());
    pages.add(page.deflate());
    pageStart = size;
  }
}
