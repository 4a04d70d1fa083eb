package org.branchcheck.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.branchcheck.model.Attendance;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayContent;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.Meeting;
import org.branchcheck.model.MeetingKind;
import org.branchcheck.model.Member;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.Opinion;
import org.branchcheck.model.OpinionStatus;
import org.branchcheck.model.Org;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Ownership;
import org.branchcheck.model.Plan;
import org.branchcheck.model.PlanItem;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;
import org.branchcheck.model.Role;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.StudySession;
import org.branchcheck.model.Waiver;

/** Turns raw rows into model records, one method per table; bad cells become problems. */
final class RecordBinder {
  private final List<Problem> problems;
  private final java.time.LocalDate asOf;
  /** Ids of rows refused for a bad value, by table: a reference to one is not dangling. */
  private final Map<Table, java.util.Set<String>> refused = new java.util.EnumMap<>(Table.class);

  /** @param asOf the day the check judges: things done must be dated no later */
  RecordBinder(List<Problem> problems, java.time.LocalDate asOf) {
    this.problems = problems;
    this.asOf = asOf;
  }

  /** Binds every row of the table with {@code bind}; rows with a bad value are left out. */
  <T> List<T> bind(RawTable table, Function<RowReader, T> bind) {
    Map<String, String> codes = headerCodes(table);
    List<T> out = new ArrayList<>();
    for (RawTable.Row row : table.rows()) {
      RowReader r = new RowReader(row, codes, problems, asOf);
      T record = bind.apply(r);
      if (r.ok()) {
        out.add(record);
      } else {
        refuse(table.table(), r);
      }
    }
    return out;
  }

  /**
   * Binds rows one at a time as they are read, handing each good record and its row to
   * {@code sink}. A CSV table's rows all have the header's columns, so the column codes are
   * settled on the first row exactly as {@link #bind} settles them over the whole table.
   */
  <T> java.util.function.Consumer<RawTable.Row> streaming(Table table,
      Function<RowReader, T> bind, java.util.function.BiConsumer<T, RawTable.Row> sink) {
    return new java.util.function.Consumer<>() {
      private Map<String, String> codes;

      @Override
      public void accept(RawTable.Row row) {
        if (codes == null) {
          codes = headerCodes(new RawTable(table, row.at(), List.of(row)));
        }
        RowReader r = new RowReader(row, codes, problems, asOf);
        T record = bind.apply(r);
        if (r.ok()) {
          sink.accept(record, row);
        } else {
          refuse(table, r);
        }
      }
    };
  }

  /** The ids of the table's refused rows (their own problems say why). */
  java.util.Set<String> refused(Table table) {
    return refused.getOrDefault(table, java.util.Set.of());
  }

  private void refuse(Table table, RowReader r) {
    String id = r.text("id");
    if (!id.isEmpty()) {
      refused.computeIfAbsent(table, t -> new java.util.HashSet<>()).add(id);
    }
  }

  List<Problem> problems() {
    return problems;
  }

  private Map<String, String> headerCodes(RawTable table) {
    Map<String, String> codes = new HashMap<>();
    Map<String, String> firstHeaderOf = new HashMap<>();
    for (RawTable.Row row : table.rows()) {
      for (Map.Entry<String, RawTable.Cell> cell : row.cells().entrySet()) {
        String header = cell.getKey();
        if (codes.containsKey(header)) {
          continue;
        }
        TableSchema.codeOf(table.table(), header).ifPresent(code -> {
          String first = firstHeaderOf.putIfAbsent(code, header);
          if (first != null && !first.equals(header)) {
            problems.add(Problem.of(cell.getValue().at(), ReadMessage.SAME_MEANING, first, header,
                code));
          } else {
            codes.put(header, code);
          }
        });
      }
    }
    return codes;
  }

  static Org org(RowReader r) {
    return new Org(r.required("id"), r.text("name"), r.coded("kind", OrgKind.class, null),
        r.text("parent"), r.text("enterprise"), r.text("instructor"), r.text("leader"),
        r.text("head"), r.optionalCoded("ownership", Ownership.class), r.area("room_area"),
        r.list("room_items"), r.extra(), r.at());
  }

  static Member member(RowReader r) {
    Boolean canWrite = r.bool("can_write");
    return new Member(r.required("id"), r.text("name"), r.required("org"),
        r.coded("role", Role.class, Role.MEMBER), r.coded("status", MemberStatus.class,
            MemberStatus.ACTIVE), r.pastDate("joined_on"), r.pastDate("transferred_in_on"),
        r.bool("new"), canWrite == null || canWrite, r.text("exempt_reason"), r.extra(), r.at());
  }

  static StudySession session(RowReader r) {
    Long hours = r.hours("hours");
    if (hours == null && r.text("hours").isEmpty()) {
      r.required("hours");
    }
    return new StudySession(r.required("id"), r.required("org"), r.pastDate("date"),
        r.coded("kind", SessionKind.class, null), hours == null ? 0 : hours, r.text("topic"),
        r.text("material"), r.extra(), r.at());
  }

  static Attendance attendance(RowReader r) {
    return new Attendance(r.required("session"), r.required("member"),
        r.coded("status", AttendanceStatus.class, null), r.hours("hours"), r.text("makeup_for"),
        r.extra(), r.at());
  }

  /** An essay row; its own text, from the {@code text} column or else its file, is read now. */
  static Essay essay(RowReader r, EssayFiles files) {
    EssayContent content = r.text("text").isEmpty() ? r.parsed("file", files::read)
        : EssayFiles.inline(r.text("text"));
    return new Essay(r.text("id"), r.required("member"), r.coded("kind", EssayKind.class, null),
        r.text("title"), r.pastDate("date"), r.count("chars"), r.text("file"), content,
        r.text("reviewed_by"), r.pastDate("reviewed_on"), r.extra(), r.at());
  }

  static Meeting meeting(RowReader r) {
    return new Meeting(r.text("id"), r.required("org"), r.coded("kind", MeetingKind.class, null),
        r.pastDate("date"), r.text("chair"), r.bool("mass_evaluation"), r.extra(), r.at());
  }

  static Plan plan(RowReader r) {
    return new Plan(r.required("org"), r.pastDate("filed_on"), r.text("reviewed_by"), r.extra(),
        r.at());
  }

  static PlanItem planItem(RowReader r) {
    return new PlanItem(r.required("org"), r.date("date"), r.text("text"), r.text("responsible"),
        r.extra(), r.at());
  }

  static Opinion opinion(RowReader r) {
    return new Opinion(r.text("id"), r.required("org"), r.text("text"),
        r.pastDate("solicited_on"), r.coded("status", OpinionStatus.class, OpinionStatus.OPEN),
        r.date("deadline"),
        r.pastDate("rectified_on"), r.extra(), r.at());
  }

  static Waiver waiver(RowReader r) {
    return new Waiver(r.required("rule"), r.required("subject"), r.text("reason"),
        r.text("approved_by"), r.pastDate("approved_on"), r.date("expires_on"), r.at());
  }

  static Dataset.ParamOverride param(RowReader r) {
    return new Dataset.ParamOverride(r.required("name"), r.text("value"),
        r.locationOf("value"));
  }
}
