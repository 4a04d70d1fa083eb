package org.branchcheck.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each fact a rule can read means and where it comes from, for {@code rules explain} and
 * {@code rules facts}. A test holds this list and {@link FactTypes} together.
 */
public final class FactDocs {
  private static final Map<String, String> DOCS = new LinkedHashMap<>();

  static {
    doc("member.id", "member id (党员编号)");
    doc("member.name", "name (姓名)");
    doc("member.org", "id of the member's organisation");
    doc("member.role", "member, leader (党员领导干部) or secretary (书记)");
    doc("member.status", "active (在职), retired (离退休) or mobile (流动)");
    doc("member.is_leader", "role is leader");
    doc("member.can_write", "has writing ability (有书写能力; default yes)");
    doc("member.exempt", "has an exempt_reason (免除原因): listed, never judged");
    doc("member.exempt_reason", "why the member is excused");
    doc("member.is_new", "new member: the 新党员 column, else joined or transferred in after"
        + " params.new_member_since");
    doc("member.joined_on", "入党日期, ISO date or ''");
    doc("member.transferred_in_on", "转入日期, ISO date or ''");
    doc("member.hours", "study hours attended: total, collective, self, by_form (from attendance"
        + " × sessions; 请假/缺席 count 0, 补课 and 送学上门 count)");
    doc("member.sessions_attended", "distinct sessions attended");
    doc("member.collective_sessions_attended", "distinct collective sessions attended");
    doc("member.missed", "collective sessions missed (leave/absent), each with made_up and"
        + " made_up_by");
    doc("member.essays", "written work: kind (essay, notes, analysis, summary, plan, reading,"
        + " exchange), title, date, reviewed_by, reviewed_on; chars (字数: the count of the file"
        + " or text in params.count_mode when the checker read one, else the declared count),"
        + " declared_chars (0 when none), counted (the checker counted the text itself),"
        + " count_mode (the mode's name), count_gap (declared against counted, in percent of"
        + " the count), similar (other members' essays of the same kind sharing at least"
        + " params.copy_similarity percent of their 5-character shingles: member, name, org,"
        + " dataset ('' when this one), essay, title, kind, similarity in percent)");
    doc("member.reviewers", "who may review this member's work: heads, leaders and secretaries"
        + " of the member's organisation and those above it (ids and names)");
    doc("member.extra", "the member's unknown columns, by header");
    doc("org.id", "organisation id (组织编号)");
    doc("org.name", "name");
    doc("org.kind", "committee, general_branch, branch, joint_branch, temp_branch, temp_group,"
        + " temp_joint_branch or group");
    doc("org.parent", "id of the organisation above, or ''");
    doc("org.enterprise", "the enterprise (单位) it belongs to");
    doc("org.is_temporary", "a temporary unit set up for the campaign");
    doc("org.is_unit", "where campaign duties fall: the top permanent organisation of the"
        + " dataset or of its enterprise");
    doc("org.instructor", "党建工作指导员");
    doc("org.leader", "负责人 / 临时负责人");
    doc("org.head", "书记 / 主要负责人");
    doc("org.children", "ids of the organisations directly below");
    doc("org.member_count", "members in the whole subtree");
    doc("org.new_member_count", "new members in the whole subtree");
    doc("org.new_members", "the new members (id, name, org, exempt, hours_total,"
        + " sessions_attended)");
    doc("org.temp_units", "temporary units in the subtree (id, name, kind, leader,"
        + " member_count)");
    doc("org.has_plan", "a study plan (学习计划) row exists for it");
    doc("org.plan", "the study plan: filed_on, reviewed_by, items (date, text, responsible)");
    doc("org.meetings", "its own meetings: kind, date, chair, mass_evaluation");
    doc("org.topics", "session topics in the subtree");
    doc("org.materials", "session materials in the subtree");
    doc("org.session_count", "sessions in the subtree");
    doc("org.collective_session_count", "collective sessions in the subtree");
    doc("org.ownership", "state (国有) or non_public (非公), '' when not given");
    doc("org.room_area", "activity room area in m² (活动室面积), 0 when not given");
    doc("org.room_items", "activity room checklist as recorded (活动室设施)");
    doc("org.opinions", "opinions solicited (意见建议): text, status (open, scheduled,"
        + " rectified, explained), solicited_on, deadline, rectified_on");
    doc("org.extra", "the organisation's unknown columns, by header");
    doc("rollup.errors", "error-level failures of this organisation and everything under it");
    doc("rollup.warnings", "warning-level failures, same scope");
    doc("rollup.failing_members", "members under it with an error-level failure");
    doc("rollup.failing_orgs", "organisations under it (itself included) with one");
    doc("rollup.failed_rules", "ids of the rules that failed");
  }

  private FactDocs() {}

  private static void doc(String fact, String text) {
    DOCS.put(fact, text);
  }

  /** "double — what it means", or "" for an unknown path. */
  public static String describe(String fact) {
    String doc = DOCS.get(fact);
    return doc == null ? "" : type(fact) + " — " + doc;
  }

  /** Every documented fact, in the order above. */
  public static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    DOCS.keySet().forEach(k -> out.put(k, describe(k)));
    return out;
  }

  static String type(String fact) {
    int dot = fact.indexOf('.');
    StructType struct = switch (fact.substring(0, dot)) {
      case "member" -> FactTypes.MEMBER;
      case "org" -> FactTypes.ORG;
      default -> FactTypes.ROLLUP;
    };
    CelType t = FactTypes.fields(struct).get(fact.substring(dot + 1));
    return t == null ? "?" : name(t);
  }

  /** "list(branchcheck.Essay)", "map(string, double)": CEL's own names omit the parameters. */
  private static String name(CelType t) {
    if (t.parameters().isEmpty()) {
      return t.name();
    }
    return t.name() + "(" + String.join(", ", t.parameters().stream().map(FactDocs::name)
        .toList()) + ")";
  }
}
