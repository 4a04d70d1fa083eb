package org.branchcheck.model;

import java.util.List;

/** An enumerated value as it appears in data: an English code plus the Chinese words users type. */
public interface Coded {
  /** The English code used in rules and reports. */
  String code();

  /** Every spelling accepted in data, the code included. */
  List<String> spellings();
}
