package org.branchcheck.generate;

/**
 * What a generation run wrote: rows per table, and how many members were made of each kind the
 * check should find (short of 40 hours, under two thirds collective, a missed lesson never made
 * up), counted the way the phase-1 rules count them, so a check of the data can be compared.
 */
public record GenerationSummary(
    long orgs,
    long members,
    long sessions,
    long attendanceRows,
    long essays,
    long meetings,
    long plans,
    long planItems,
    long exemptMembers,
    long newMembers,
    long membersShortOfHours,
    long membersUnderTwoThirds,
    long membersWithUnmadeMisses) {}
