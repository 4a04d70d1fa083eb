package org.branchcheck.model;

import java.nio.file.Path;

/**
 * What the checker read of an essay's own text, from a file inside the dataset or from the
 * {@code text} column. The text itself is not kept, since a district has tens of thousands of
 * essays: only its counts and its MinHash signature. A suspected copy is confirmed by reading the
 * text again, from {@code file} (the real path that was checked to lie inside the dataset) or from
 * {@code inlineText}.
 *
 * @param format  txt, md, docx, doc or text (the column)
 * @param body    the counts of the body text, tables, headers and footers
 * @param notes   the counts of footnotes, endnotes and text boxes, which Word's dialog adds on request
 * @param signature the MinHash signature of the whole text; empty when too short to compare
 */
public record EssayContent(
    String format,
    TextCounts body,
    TextCounts notes,
    int[] signature,
    Path file,
    String inlineText) {}
