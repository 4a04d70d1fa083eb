package org.branchcheck.io;

import org.branchcheck.model.Dataset;
import org.branchcheck.model.Member;
import org.branchcheck.model.StudySession;

/**
 * A dataset read without its attendance, with the ids of its members and of its sessions, each
 * mapped to the position of its first record: the tables attendance rows are resolved against,
 * handed on so that whoever folds the rows need not build them again.
 */
public record KeyedRecords(Dataset dataset, IdTable memberIds, IdTable sessionIds) {
  /** The ids of a dataset held in memory. */
  public static KeyedRecords of(Dataset dataset) {
    return new KeyedRecords(dataset, IdTable.firstPositions(dataset.members(), Member::id),
        IdTable.firstPositions(dataset.sessions(), StudySession::id));
  }
}
