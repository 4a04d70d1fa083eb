package org.branchcheck.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.branchcheck.model.OrgKind;

/**
 * The shape of a synthetic district, decided before any record is written: the district
 * committee (区企业党工委) and its office branch, general branches (党总支) by street, and under
 * them enterprise units: single branches, joint branches of the small firms in one building,
 * general branches and committees of larger enterprises with department branches, and the
 * temporary units of enterprises with three or more new members. Member counts add up to exactly
 * the number asked for. Depends on the seed and the member count only.
 */
final class DistrictLayout {
  static final String ROOT_ID = "QW";
  static final String ROOT_NAME = UnitNames.DISTRICT + "企业党工委";
  /** New members at which an enterprise must set up a temporary unit (seed 000 §二). */
  static final int TEMPORARY_UNIT_THRESHOLD = 3;

  /** One organisation that has members and sessions of its own. */
  record Branch(int serial, String id, String name, OrgKind kind, int size, int newMembers) {
    boolean temporary() {
      return kind.temporary();
    }
  }

  /** An enterprise unit (or the committee's office branch): where the organisation rules fall. */
  record Unit(int index, String id, String name, OrgKind kind, String enterprise, String parent,
      String instructor, List<Branch> branches, int newMembers, UnitFlaws flaws) {
    /**
     * Whether the unit is itself a branch (its head is that branch's secretary), with at most a
     * temporary unit beside it, rather than a committee or general branch over department branches.
     */
    boolean single() {
      return branches.get(0).id().equals(id);
    }
  }

  record GeneralBranch(String id, String name, String head, List<Unit> units) {}

  final String rootHead;
  final String rootPlanReviewer;
  final Unit office;
  final List<GeneralBranch> generalBranches = new ArrayList<>();

  private final SplittableRandom random;
  private final List<String> instructors = new ArrayList<>();
  private int branchSerial;
  private int unitIndex;

  private DistrictLayout(GeneratorOptions options) {
    random = new SplittableRandom(options.seed());
    rootHead = ChineseNames.person(random);
    rootPlanReviewer = ChineseNames.person(random);
    int remaining = options.members();
    int officeSize = Math.min(remaining, 15 + random.nextInt(11));
    office = new Unit(unitIndex++, "QWJG", "区企业党工委机关党支部", OrgKind.BRANCH,
        UnitNames.DISTRICT + "企业党工委机关", ROOT_ID, instructor(0),
        List.of(new Branch(branchSerial++, "QWJG", "区企业党工委机关党支部", OrgKind.BRANCH,
            officeSize, 0)), 0, UnitFlaws.NONE);
    remaining -= officeSize;
    List<Unit> current = null;
    int leftInGeneralBranch = 0;
    while (remaining > 0) {
      if (leftInGeneralBranch == 0) {
        int n = generalBranches.size();
        current = new ArrayList<>();
        generalBranches.add(new GeneralBranch(String.format("Z%04d", n + 1),
            UnitNames.generalBranch(n), ChineseNames.person(random), current));
        leftInGeneralBranch = 15 + random.nextInt(26);
      }
      String parent = generalBranches.get(generalBranches.size() - 1).id();
      Unit unit = unit(parent, remaining);
      current.add(unit);
      remaining -= unit.branches().stream().mapToInt(Branch::size).sum();
      leftInGeneralBranch--;
    }
  }

  static DistrictLayout plan(GeneratorOptions options) {
    return new DistrictLayout(options);
  }

  private Unit unit(String parent, int remaining) {
    int n = unitIndex++;
    String id = String.format("E%05d", n);
    int roll = random.nextInt(100);
    // The last unit takes whoever is left, so the district has exactly the members asked for.
    boolean last = remaining <= 60;
    int newMembers = last ? Math.min(newMembers(), Math.min(2, remaining / 10)) : newMembers();
    UnitFlaws flaws = UnitFlaws.draw(random, newMembers, TEMPORARY_UNIT_THRESHOLD);
    String instructor = instructor(n);
    if (last) {
      String name = UnitNames.enterprise(n) + "党支部";
      return new Unit(n, id, name, OrgKind.BRANCH, UnitNames.enterprise(n), parent, instructor,
          List.of(new Branch(branchSerial++, id, name, OrgKind.BRANCH, remaining, newMembers)),
          newMembers, flaws);
    }
    OrgKind kind;
    if (roll < 55) {
      kind = OrgKind.BRANCH;
    } else if (roll < 80) {
      kind = OrgKind.JOINT_BRANCH;
    } else if (remaining < 300) {
      kind = OrgKind.BRANCH; // a large enterprise only while enough members are left for it
    } else {
      kind = roll < 94 ? OrgKind.GENERAL_BRANCH : OrgKind.COMMITTEE;
    }
    String enterprise =
        kind == OrgKind.JOINT_BRANCH ? UnitNames.building(n) : UnitNames.enterprise(n);
    String name = enterprise + switch (kind) {
      case JOINT_BRANCH -> "楼宇联合党支部";
      case GENERAL_BRANCH -> "党总支";
      case COMMITTEE -> "党委";
      default -> "党支部";
    };
    int departments = switch (kind) {
      case GENERAL_BRANCH -> 2 + random.nextInt(2);
      case COMMITTEE -> 3 + random.nextInt(4);
      default -> 1;
    };
    boolean temporary = newMembers >= TEMPORARY_UNIT_THRESHOLD && !flaws.noTemporaryUnit();
    List<Branch> branches = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      int size = 20 + random.nextInt(21);
      int newHere = d == 0 && !temporary ? newMembers : 0;
      if (departments == 1) {
        branches.add(new Branch(branchSerial++, id, name, kind, size, newHere));
      } else {
        branches.add(new Branch(branchSerial++, id + "-" + (d + 1),
            enterprise + UnitNames.department(d) + "党支部", OrgKind.BRANCH, size, newHere));
      }
    }
    if (temporary) {
      OrgKind tempKind = switch (kind) {
        case BRANCH -> OrgKind.TEMP_GROUP;
        case JOINT_BRANCH -> OrgKind.TEMP_JOINT_BRANCH;
        default -> OrgKind.TEMP_BRANCH;
      };
      branches.add(new Branch(branchSerial++, id + "-L", enterprise + tempKind.chinese().get(0),
          tempKind, newMembers, newMembers));
    }
    return new Unit(n, id, name, kind, enterprise, parent, instructor, List.copyOf(branches),
        newMembers, flaws);
  }

  /** No new members in over half the enterprises, one or two in a quarter, 3 to 6 in the rest. */
  private int newMembers() {
    int roll = random.nextInt(100);
    return roll < 55 ? 0 : roll < 80 ? 1 + random.nextInt(2) : 3 + random.nextInt(4);
  }

  /** Each instructor (党建工作指导员) looks after about a dozen enterprises. */
  private String instructor(int unit) {
    while (instructors.size() <= unit / 12) {
      instructors.add(ChineseNames.person(random));
    }
    return instructors.get(unit / 12);
  }

  /** Every unit, the office first, in the order their records are written. */
  List<Unit> units() {
    List<Unit> all = new ArrayList<>();
    all.add(office);
    generalBranches.forEach(g -> all.addAll(g.units()));
    return all;
  }

  int branchCount() {
    return branchSerial;
  }
}
