package org.branchcheck.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * An immutable list of findings held compactly, for results of hundreds of thousands of them: the
 * strings findings repeat (rule, title, organisation, file) are indexes into one small table, the
 * kinds (scope, stage, outcome, severity) and organisations are arrays that can be read without
 * decoding anything, and the rest is deflated in pages of up to {@value
 * FindingListBuilder#PAGE_FINDINGS} findings. A finding is decoded when it is read and is garbage
 * once the reader lets go of it.
 *
 * <p>Safe to read from any number of threads at once. An iteration and a {@link #select
 * selection} decode each page they pass once; {@link #get} decodes the page that
 * holds the finding unless it was the last page any {@code get} decoded, so reading in order by
 * index costs the same as iterating, and reading at random costs a page per finding.
 */
public final class FindingList extends AbstractList<Finding> implements RandomAccess {
  private static final FindingList EMPTY =
      new FindingList(new String[] {null}, FindingPages.NONE, new short[0], new int[0]);

  private final String[] strings;
  private final FindingPages pages;
  private final short[] kinds;
  private final int[] orgs;
  private final FindingCounts counts;
  private final LongAdder decoded = new LongAdder();
  private volatile Page last;

  FindingList(String[] strings, FindingPages pages, short[] kinds, int[] orgs) {
    this.strings = strings;
    this.pages = pages;
    this.kinds = kinds;
    this.orgs = orgs;
    this.counts = FindingCounts.of(kinds, kinds.length);
  }

  public static FindingList of() {
    return EMPTY;
  }

  public static FindingListBuilder builder() {
    return new FindingListBuilder(new FindingStrings());
  }

  /** The findings as a compact list: the list itself when it already is one. */
  public static FindingList copyOf(Collection<? extends Finding> findings) {
    if (findings instanceof FindingList list) {
      return list;
    }
    FindingListBuilder b = builder();
    findings.forEach(b::add);
    return b.build();
  }

  /**
   * The lists one after another. Lists built by {@link FindingListBuilder#sibling siblings} share
   * their table and are joined without decoding; others are decoded and encoded again.
   */
  public static FindingList concat(List<FindingList> parts) {
    String[] table = parts.stream().map(p -> p.strings).reduce((a, b) -> a.length >= b.length
        ? a : b).orElse(EMPTY.strings);
    if (!parts.stream().allMatch(p -> Arrays.equals(p.strings, 0, p.strings.length, table, 0,
        p.strings.length))) {
      FindingListBuilder b = builder();
      parts.forEach(b::addAll);
      return b.build();
    }
    int size = parts.stream().mapToInt(FindingList::size).sum();
    short[] kinds = new short[size];
    int[] orgs = new int[size];
    int at = 0;
    for (FindingList p : parts) {
      System.arraycopy(p.kinds, 0, kinds, at, p.size());
      System.arraycopy(p.orgs, 0, orgs, at, p.size());
      at += p.size();
    }
    return new FindingList(table,
        FindingPages.concat(parts.stream().map(p -> p.pages).toList()), kinds, orgs);
  }

  @Override
  public int size() {
    return kinds.length;
  }

  @Override
  public Finding get(int index) {
    Objects.checkIndex(index, size());
    Page p = last;
    if (p == null || !p.holds(index)) {
      p = decode(pages.pageOf(index));
      last = p;
    }
    return p.get(index);
  }

  @Override
  public Iterator<Finding> iterator() {
    return new Iterator<>() {
      private final Cursor cursor = cursor();
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Finding next() {
        if (next >= size()) {
          throw new NoSuchElementException();
        }
        return cursor.get(next++);
      }
    };
  }

  @Override
  public Spliterator<Finding> spliterator() {
    return Spliterators.spliterator(iterator(), size(),
        Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
  }

  /** The finding's organisation, without decoding it. */
  public String org(int index) {
    return strings[orgs[index]];
  }

  public Scope scope(int index) {
    return FindingKind.scope(kinds[index]);
  }

  public Stage stage(int index) {
    return FindingKind.stage(kinds[index]);
  }

  public Outcome outcome(int index) {
    return FindingKind.outcome(kinds[index]);
  }

  public Severity severity(int index) {
    return FindingKind.severity(kinds[index]);
  }

  public FindingCounts counts() {
    return counts;
  }

  /** The findings whose index passes {@code keep}, in order: a view, decoded as it is read. */
  public List<Finding> select(IntPredicate keep) {
    int[] positions = IntStream.range(0, size()).filter(keep).toArray();
    return positions.length == size() ? this : new FindingSelection(this, positions);
  }

  /**
   * The bytes this list holds: pages, arrays and the table's references (the table's strings are
   * those of the records, held anyway). For measuring, so array headers are left out.
   */
  public long compactBytes() {
    return (long) kinds.length * (Short.BYTES + Integer.BYTES) + strings.length * 4L
        + pages.bytes();
  }

  /** A reader of its own, for one thread: cheap when the indexes it reads ascend. */
  Cursor cursor() {
    return new Cursor();
  }

  /**
   * How many findings this list has decoded so far, over all its readers: the work reports did
   * on it, which tests hold to a multiple of the list's size.
   */
  public long decodedFindings() {
    return decoded.sum();
  }

  /** Reads findings by index, keeping the page it decoded last. Not thread-safe. */
  final class Cursor {
    private Page page;

    private Cursor() {}

    Finding get(int index) {
      Objects.checkIndex(index, size());
      if (page == null || !page.holds(index)) {
        page = decode(pages.pageOf(index));
      }
      return page.get(index);
    }
  }

  private Page decode(int page) {
    FindingCodec.In in = pages.records(page, strings);
    int first = pages.first(page);
    Finding[] findings = new Finding[pages.end(page) - first];
    for (int i = 0; i < findings.length; i++) {
      findings[i] = in.record(kinds[first + i], strings[orgs[first + i]]);
    }
    decoded.add(findings.length);
    return new Page(first, findings);
  }

  /** One page decoded: never changed, so it can be handed between threads. */
  private record Page(int first, Finding[] findings) {
    boolean holds(int index) {
      return index >= first && index < first + findings.length;
    }

    Finding get(int index) {
      return findings[index - first];
    }
  }
}
