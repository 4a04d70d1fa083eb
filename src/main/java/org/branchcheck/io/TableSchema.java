package org.branchcheck.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Coded;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.MeetingKind;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.OpinionStatus;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Ownership;
import org.branchcheck.model.Role;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.Table;

/**
 * The columns each table may have, under their English and Chinese headers. A header that matches
 * none of them is kept as an extra column, reachable from rules by its header text.
 */
public final class TableSchema {

  /** What a column holds: how a spreadsheet should type its cells and what it may offer. */
  public enum ColumnType { TEXT, DATE, NUMBER, BOOLEAN, CODED }

  /**
   * A known column: its code, every header that means it, what it holds and, for a coded column,
   * the enum whose spellings it accepts.
   */
  public record Column(String code, List<String> headers, ColumnType type,
      Class<? extends Coded> choices) {

    /** The header a template writes: the first Chinese one, or the code. */
    public String header(boolean chinese) {
      return chinese && headers.size() > 1 ? headers.get(1) : code;
    }
  }

  private static final Map<Table, List<Column>> COLUMNS = new EnumMap<>(Table.class);

  static {
    COLUMNS.put(Table.ORGS, List.of(
        col("id", "组织编号", "编号"), col("name", "组织名称", "名称"),
        coded("kind", OrgKind.class, "组织类型", "类型"), col("parent", "上级组织", "上级"),
        col("enterprise", "单位", "企业"), col("instructor", "指导员", "党建工作指导员"),
        col("leader", "负责人", "临时负责人"), col("head", "书记", "主要负责人"),
        coded("ownership", Ownership.class, "企业性质", "所有制"),
        typed("room_area", ColumnType.NUMBER, "活动室面积"),
        col("room_items", "活动室设施", "活动室配备")));
    COLUMNS.put(Table.MEMBERS, List.of(
        col("id", "党员编号", "编号"), col("name", "姓名"), col("org", "所在组织", "组织"),
        coded("role", Role.class, "身份"), coded("status", MemberStatus.class, "状态"),
        date("joined_on", "入党日期"), date("transferred_in_on", "转入日期"),
        bool("new", "新党员"), bool("can_write", "有书写能力", "书写能力"),
        col("exempt_reason", "免除原因", "不参加原因")));
    COLUMNS.put(Table.SESSIONS, List.of(
        col("id", "活动编号", "编号"), col("org", "组织"), date("date", "日期"),
        coded("kind", SessionKind.class, "形式"), typed("hours", ColumnType.NUMBER, "学时"),
        col("topic", "主题", "专题"), col("material", "学习内容", "内容")));
    COLUMNS.put(Table.ATTENDANCE, List.of(
        col("session", "活动编号", "活动"), col("member", "党员编号", "党员"),
        coded("status", AttendanceStatus.class, "出勤"),
        typed("hours", ColumnType.NUMBER, "认定学时", "学时"),
        col("makeup_for", "补哪次", "补课对应活动")));
    COLUMNS.put(Table.ESSAYS, List.of(
        col("id", "编号"), col("member", "党员编号", "党员"),
        coded("kind", EssayKind.class, "类型"), col("title", "标题"),
        date("date", "日期", "完成日期"), typed("chars", ColumnType.NUMBER, "字数"),
        col("file", "文件"), col("text", "正文"), col("reviewed_by", "批改人"),
        date("reviewed_on", "批改日期")));
    COLUMNS.put(Table.MEETINGS, List.of(
        col("id", "编号"), col("org", "组织"), coded("kind", MeetingKind.class, "类型"),
        date("date", "日期"), col("chair", "主持人"),
        bool("mass_evaluation", "听取群众评估组意见", "群众评估")));
    COLUMNS.put(Table.PLANS, List.of(
        col("org", "组织"), date("filed_on", "报送日期"), col("reviewed_by", "审核人")));
    COLUMNS.put(Table.PLAN_ITEMS, List.of(
        col("org", "组织"), date("date", "日期", "时间"), col("text", "内容", "篇目"),
        col("responsible", "责任人")));
    COLUMNS.put(Table.OPINIONS, List.of(
        col("id", "编号"), col("org", "组织"), col("text", "内容", "意见"),
        date("solicited_on", "征求日期"), coded("status", OpinionStatus.class, "整改情况", "状态"),
        date("deadline", "整改期限"), date("rectified_on", "整改日期")));
    COLUMNS.put(Table.WAIVERS, List.of(
        col("rule", "规则"), col("subject", "对象"), col("reason", "理由"),
        col("approved_by", "批准人"), date("approved_on", "批准日期"),
        date("expires_on", "有效期至")));
    COLUMNS.put(Table.PARAMS, List.of(col("name", "参数", "名称"), col("value", "值", "取值")));
  }

  private TableSchema() {}

  public static List<Column> columns(Table table) {
    return COLUMNS.get(table);
  }

  /** The column code a header means, if known; headers compare without case or spaces. */
  public static Optional<String> codeOf(Table table, String header) {
    return columnOf(table, header).map(Column::code);
  }

  /** The known column a header means. */
  public static Optional<Column> columnOf(Table table, String header) {
    String wanted = normalise(header);
    for (Column column : COLUMNS.get(table)) {
      for (String h : column.headers()) {
        if (normalise(h).equals(wanted)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  /** The table a file or sheet name (without extension) stands for. */
  public static Optional<Table> tableNamed(String name) {
    String wanted = normalise(name);
    for (Table table : Table.values()) {
      for (String n : table.names()) {
        if (normalise(n).equals(wanted)) {
          return Optional.of(table);
        }
      }
    }
    return Optional.empty();
  }

  static String normalise(String header) {
    return header.replace('\u3000', ' ').strip().replace(' ', '_').toLowerCase(Locale.ROOT);
  }

  private static Column col(String code, String... chinese) {
    return typed(code, ColumnType.TEXT, chinese);
  }

  private static Column date(String code, String... chinese) {
    return typed(code, ColumnType.DATE, chinese);
  }

  private static Column bool(String code, String... chinese) {
    return typed(code, ColumnType.BOOLEAN, chinese);
  }

  private static Column coded(String code, Class<? extends Coded> choices, String... chinese) {
    return new Column(code, headers(code, chinese), ColumnType.CODED, choices);
  }

  private static Column typed(String code, ColumnType type, String... chinese) {
    return new Column(code, headers(code, chinese), type, null);
  }

  private static List<String> headers(String code, String... chinese) {
    return Stream.concat(Stream.of(code), Stream.of(chinese)).toList();
  }
}
