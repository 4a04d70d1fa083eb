package org.branchcheck.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One branch's study calendar for phase 1 (26 July to 25 August 2005): its regular sessions, one
 * in four of them self-study, the rest collective in a cycle of forms (党课, 讨论, 电教, …) that
 * covers the four prescribed topics and the unit's own, the first a lesson on the Party
 * Constitution; 2 to 4 hours each. Two make-up sessions (mid-month and at the end) are held only
 * if someone makes up a missed lesson there. Hours are counted in halves.
 */
final class BranchSessions {
  static final LocalDate FIRST_DAY = LocalDate.of(2005, 7, 26);
  static final int CALENDAR_DAYS = 31;
  private static final LocalDate MIDDLE_MAKEUP = LocalDate.of(2005, 8, 13);
  private static final LocalDate LAST_MAKEUP = LocalDate.of(2005, 8, 27);
  /** A make-up session lasts three hours; a row making up a longer or shorter lesson says so. */
  static final int MAKEUP_HALVES = 6;
  private static final int[] COLLECTIVE_HALVES = {4, 5, 6, 6, 6, 7, 8};
  private static final int[] SELF_HALVES = {4, 5, 6};

  final String org;
  final int count;
  /** Ids of the regular sessions, then of the two make-up sessions. */
  final byte[][] ids;
  final int[] halves;
  final boolean[] self;
  final String[] forms;
  final String[] topics;
  final String[] materials;
  final LocalDate[] dates;
  private final boolean[] makeupHeld = new boolean[2];

  BranchSessions(String org, int count, String ownTopic, SplittableRandom random) {
    this.org = org;
    this.count = count;
    ids = new byte[count + 2][];
    halves = new int[count];
    self = new boolean[count];
    forms = new String[count];
    topics = new String[count];
    materials = new String[count];
    dates = new LocalDate[count];
    int width = count > 99 ? 3 : 2;
    int collective = 0;
    for (int i = 0; i < count; i++) {
      ids[i] = CsvSink.utf8(org + "-" + pad(i + 1, width));
      dates[i] = FIRST_DAY.plusDays((long) i * CALENDAR_DAYS / count);
      self[i] = count >= 4 && i % 4 == 3;
      if (self[i]) {
        halves[i] = SELF_HALVES[random.nextInt(SELF_HALVES.length)];
        forms[i] = StudyTexts.SELF_STUDY;
        topics[i] = StudyTexts.SELF_STUDY_TOPIC;
        materials[i] = StudyTexts.SELF_STUDY_MATERIAL;
        continue;
      }
      halves[i] = COLLECTIVE_HALVES[random.nextInt(COLLECTIVE_HALVES.length)];
      forms[i] = StudyTexts.COLLECTIVE_FORMS.get(collective % StudyTexts.COLLECTIVE_FORMS.size());
      int topic = collective % (StudyTexts.REQUIRED_TOPICS.size() + 1);
      topics[i] = topic < StudyTexts.REQUIRED_TOPICS.size()
          ? StudyTexts.REQUIRED_TOPICS.get(topic) : ownTopic;
      materials[i] = material(forms[i], collective);
      collective++;
    }
    ids[count] = CsvSink.utf8(org + "-B1");
    ids[count + 1] = CsvSink.utf8(org + "-B2");
  }

  private static String material(String form, int collective) {
    if (collective % 6 == 0) {
      return StudyTexts.CONSTITUTION;
    }
    return switch (form) {
      case "电教" -> StudyTexts.VIDEOS.get(collective % StudyTexts.VIDEOS.size());
      case "参观" -> StudyTexts.VISIT;
      default -> StudyTexts.MATERIALS.get(collective % StudyTexts.MATERIALS.size());
    };
  }

  /** The make-up session (index {@code count} or {@code count + 1}) for a missed lesson. */
  int makeupIndex(int missed) {
    return count + (dates[missed].isBefore(MIDDLE_MAKEUP) ? 0 : 1);
  }

  /** Records that someone makes up {@code missed}, so its make-up session is held. */
  void holdMakeupFor(int missed) {
    makeupHeld[makeupIndex(missed) - count] = true;
  }

  boolean makeupHeld(int slot) {
    return makeupHeld[slot];
  }

  LocalDate makeupDate(int slot) {
    return slot == 0 ? MIDDLE_MAKEUP : LAST_MAKEUP;
  }

  private static String pad(int n, int width) {
    String s = Integer.toString(n);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
