package org.branchcheck.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Member facts shaped like the engine's ({@code branchcheck.Member}), with a district's spread:
 * about one member in five short of hours, some with too little collective study, leaders with
 * short essays, missing notes, unreviewed work, sessions missed and not made up, a few copies.
 */
final class SyntheticMembers {
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军"};

  private final Random random;

  SyntheticMembers(long seed) {
    random = new Random(seed);
  }

  List<Map<String, Object>> members(int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(member(i));
    }
    return out;
  }

  private Map<String, Object> member(int i) {
    boolean leader = random.nextInt(12) == 0;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", String.format("m%05d", i));
    m.put("name", name());
    m.put("org", "o" + (i / 40));
    m.put("role", leader ? "leader" : random.nextInt(40) == 0 ? "secretary" : "member");
    m.put("status", "active");
    m.put("is_leader", leader);
    m.put("can_write", random.nextInt(25) != 0);
    m.put("exempt", false);
    m.put("exempt_reason", "");
    m.put("is_new", random.nextInt(10) == 0);
    m.put("joined_on", (1970 + random.nextInt(35)) + "-07-01");
    m.put("transferred_in_on", "");
    double total = half(random.nextInt(5) == 0 ? 20 + random.nextInt(20)
        : 40 + random.nextInt(12));
    double share = random.nextInt(7) == 0 ? 0.5 : 0.7 + random.nextDouble() * 0.25;
    double collective = half(total * share);
    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("total", total);
    hours.put("collective", collective);
    hours.put("self", total - collective);
    hours.put("by_form", Map.of("lecture", collective, "self_study", total - collective));
    m.put("hours", hours);
    m.put("sessions_attended", (long) (8 + random.nextInt(8)));
    m.put("collective_sessions_attended", (long) (6 + random.nextInt(6)));
    m.put("missed", missed());
    String secretary = "书记" + (i / 40);
    m.put("essays", essays(leader, secretary));
    m.put("reviewers", List.of("o" + (i / 40) + "-head", secretary));
    m.put("extra", Map.of());
    return m;
  }

  private List<Map<String, Object>> missed() {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < n; k++) {
      boolean madeUp = random.nextInt(4) != 0;
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("session", "s" + (3 + k));
      x.put("date", "2005-07-" + (10 + k));
      x.put("kind", "lecture");
      x.put("status", random.nextBoolean() ? "leave" : "absent");
      x.put("made_up", madeUp);
      x.put("made_up_by", madeUp ? "s" + (20 + k) : "");
      out.add(x);
    }
    return out;
  }

  private List<Map<String, Object>> essays(boolean leader, String secretary) {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = (leader ? 2 : 1) + random.nextInt(2);
    for (int k = 0; k < n; k++) {
      String kind = k == 0 && random.nextInt(10) != 0 ? "notes" : "essay";
      long chars = leader ? 2500 + random.nextInt(1500) : 800 + random.nextInt(2500);
      boolean counted = random.nextBoolean();
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", "e" + k);
      e.put("kind", kind);
      e.put("title", "学习党章的体会" + k);
      e.put("date", "2005-08-0" + (1 + k));
      e.put("chars", chars);
      e.put("declared_chars", counted ? chars + random.nextInt(300) : chars);
      e.put("counted", counted);
      e.put("count_mode", "字数");
      e.put("count_gap", counted ? random.nextInt(900) / 100.0 : 0.0);
      e.put("file", counted ? "文章/" + k + ".docx" : "");
      e.put("similar", random.nextInt(30) == 0 ? List.of(similar()) : List.of());
      e.put("reviewed_by", random.nextInt(10) == 0 ? "" : secretary);
      e.put("reviewed_on", "2005-08-20");
      e.put("extra", Map.of());
      out.add(e);
    }
    return out;
  }

  private Map<String, Object> similar() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("member", "m00001");
    s.put("name", name());
    s.put("org", "o0");
    s.put("dataset", "");
    s.put("essay", "e1");
    s.put("title", "学习党章的体会1");
    s.put("kind", "essay");
    s.put("similarity", 60L + random.nextInt(40));
    return s;
  }

  private String name() {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  private static double half(double hours) {
    return Math.round(hours * 2) / 2.0;
  }
}
