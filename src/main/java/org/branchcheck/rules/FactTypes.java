package org.branchcheck.rules;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared shapes of the facts rules can read. The checker rejects a misspelt field or a
 * mistyped comparison at load time; the engine builds maps with exactly these fields (a test holds
 * the two together). Hours are doubles in hours, exact to the hundredth; dates are ISO strings
 * ("2005-07-25", empty when unknown) so that they compare as text.
 */
public final class FactTypes {
  private static final CelType STR = SimpleType.STRING;
  private static final CelType INT = SimpleType.INT;
  private static final CelType DBL = SimpleType.DOUBLE;
  private static final CelType BOOL = SimpleType.BOOL;
  private static final CelType STR_MAP = MapType.create(STR, STR);

  public static final StructType FRACTION = struct("branchcheck.Fraction",
      "num", INT, "den", INT);
  public static final StructType HOURS = struct("branchcheck.Hours",
      "total", DBL, "collective", DBL, "self", DBL, "by_form", MapType.create(STR, DBL));
  public static final StructType MISSED = struct("branchcheck.Missed",
      "session", STR, "date", STR, "kind", STR, "status", STR, "made_up", BOOL, "made_up_by", STR);
  public static final StructType SIMILAR = struct("branchcheck.SimilarEssay",
      "member", STR, "name", STR, "org", STR, "dataset", STR, "essay", STR, "title", STR,
      "kind", STR, "similarity", INT);
  public static final StructType ESSAY = struct("branchcheck.Essay",
      "id", STR, "kind", STR, "title", STR, "date", STR, "chars", INT, "declared_chars", INT,
      "counted", BOOL, "count_mode", STR, "count_gap", DBL, "file", STR,
      "similar", ListType.create(SIMILAR), "reviewed_by", STR, "reviewed_on", STR,
      "extra", STR_MAP);
  public static final StructType MEMBER = struct("branchcheck.Member",
      "id", STR, "name", STR, "org", STR, "role", STR, "status", STR, "is_leader", BOOL,
      "can_write", BOOL, "exempt", BOOL, "exempt_reason", STR, "is_new", BOOL,
      "joined_on", STR, "transferred_in_on", STR, "hours", HOURS, "sessions_attended", INT,
      "collective_sessions_attended", INT,
      "missed", ListType.create(MISSED), "essays", ListType.create(ESSAY),
      "reviewers", ListType.create(STR), "extra", STR_MAP);
  public static final StructType MEMBER_REF = struct("branchcheck.MemberRef",
      "id", STR, "name", STR, "org", STR, "exempt", BOOL, "hours_total", DBL,
      "sessions_attended", INT);
  public static final StructType TEMP_UNIT = struct("branchcheck.TempUnit",
      "id", STR, "name", STR, "kind", STR, "leader", STR, "member_count", INT);
  public static final StructType PLAN_ITEM = struct("branchcheck.PlanItem",
      "date", STR, "text", STR, "responsible", STR);
  public static final StructType PLAN = struct("branchcheck.Plan",
      "filed_on", STR, "reviewed_by", STR, "items", ListType.create(PLAN_ITEM));
  public static final StructType MEETING = struct("branchcheck.Meeting",
      "id", STR, "kind", STR, "date", STR, "chair", STR, "mass_evaluation", BOOL,
      "extra", STR_MAP);
  public static final StructType OPINION = struct("branchcheck.Opinion",
      "id", STR, "text", STR, "solicited_on", STR, "status", STR, "deadline", STR,
      "rectified_on", STR, "extra", STR_MAP);
  public static final StructType ORG = struct("branchcheck.Org",
      "id", STR, "name", STR, "kind", STR, "parent", STR, "enterprise", STR,
      "is_temporary", BOOL, "is_unit", BOOL, "instructor", STR, "leader", STR, "head", STR,
      "children", ListType.create(STR), "member_count", INT, "new_member_count", INT,
      "new_members", ListType.create(MEMBER_REF), "temp_units", ListType.create(TEMP_UNIT),
      "has_plan", BOOL, "plan", PLAN, "meetings", ListType.create(MEETING),
      "topics", ListType.create(STR), "materials", ListType.create(STR), "session_count", INT,
      "collective_session_count", INT, "ownership", STR, "room_area", DBL,
      "room_items", ListType.create(STR), "opinions", ListType.create(OPINION), "extra", STR_MAP);
  public static final StructType ROLLUP = struct("branchcheck.Rollup",
      "errors", INT, "warnings", INT, "failing_members", INT, "failing_orgs", INT,
      "failed_rules", ListType.create(STR));

  static final List<StructType> ALL = List.of(FRACTION, HOURS, MISSED, SIMILAR, ESSAY, MEMBER, MEMBER_REF,
      TEMP_UNIT, PLAN_ITEM, PLAN, MEETING, OPINION, ORG, ROLLUP);

  private FactTypes() {}

  /** The declared field names and types of a struct, in declaration order. */
  public static Map<String, CelType> fields(StructType type) {
    Map<String, CelType> out = new LinkedHashMap<>();
    for (String name : type.fieldNames()) {
      out.put(name, type.findField(name).orElseThrow().type());
    }
    return out;
  }

  /** A type provider holding the fact types plus the rule set's own parameter struct. */
  static CelTypeProvider provider(StructType params) {
    ImmutableList<CelType> types =
        ImmutableList.<CelType>builder().addAll(ALL).add(params).build();
    return new CelTypeProvider() {
      @Override
      public ImmutableCollection<CelType> types() {
        return types;
      }

      @Override
      public Optional<CelType> findType(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
      }
    };
  }

  /** Builds a struct from alternating field names and types. */
  static StructType struct(String name, Object... namesAndTypes) {
    Map<String, CelType> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.put((String) namesAndTypes[i], (CelType) namesAndTypes[i + 1]);
    }
    return StructType.create(name, ImmutableSet.copyOf(fields.keySet()),
        field -> Optional.ofNullable(fields.get(field)));
  }
}
