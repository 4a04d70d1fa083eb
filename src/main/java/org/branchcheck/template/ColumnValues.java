package org.branchcheck.template;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.io.TableSchema.ColumnType;
import org.branchcheck.io.Values;
import org.branchcheck.model.Coded;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * The values a column takes, as a template in one language shows them: the drop-down choices, the
 * accepted spellings in words, the example, and the input message of a validated cell.
 */
final class ColumnValues {
  private final Notes notes;
  private final Lang lang;

  ColumnValues(Notes notes, Lang lang) {
    this.notes = notes;
    this.lang = lang;
  }

  /**
   * The drop-down choices: one usual spelling per value, the Chinese one or the code as the
   * template's language is; empty for a column without a fixed list.
   */
  List<String> choices(Column column) {
    return switch (column.type()) {
      case CODED -> values(column).map(this::usual).toList();
      case BOOLEAN -> List.of(yesNo(true), yesNo(false));
      default -> List.of();
    };
  }

  /** Every spelling the reader accepts, in words; coded values one per line. */
  String accepted(Table table, Column column) {
    Optional<Notes.Words> own = notes.column(table, column.code()).accepts();
    if (own.isPresent()) {
      return own.get().in(lang);
    }
    return switch (column.type()) {
      case CODED -> String.join("\n", values(column).map(this::coded).toList());
      case BOOLEAN -> booleans();
      case DATE -> dates();
      case NUMBER -> notes.text("number_value").in(lang);
      case TEXT -> notes.text("text_value").in(lang);
    };
  }

  /** The date spellings read, in words. */
  String dates() {
    return notes.text("dates").in(lang, join(notes.spellings("date_spellings")),
        Values.EARLIEST);
  }

  /** The yes and no spellings read, in words. */
  String booleans() {
    return notes.text("booleans").in(lang, join(notes.spellings("yes_spellings")),
        join(notes.spellings("no_spellings")));
  }

  /** The note's example as this template's language spells it. */
  String example(Table table, Column column) {
    String example = notes.column(table, column.code()).example();
    if (column.type() == ColumnType.BOOLEAN) {
      return yesNo(Boolean.parseBoolean(example));
    }
    if (column.type() == ColumnType.CODED) {
      return values(column).filter(c -> c.code().equals(example)).findFirst()
          .map(this::usual).orElse(example);
    }
    return example;
  }

  /**
   * What a validated cell lets in, said when it is selected or refuses a value. For a number
   * that is the validation's range, which is narrower than the reader's words (no unit after it).
   */
  String prompt(Table table, Column column) {
    Notes.ColumnNote note = notes.column(table, column.code());
    return switch (column.type()) {
      case CODED, BOOLEAN -> notes.text("list_prompt").in(lang);
      case DATE -> notes.text("date_prompt").in(lang, Values.EARLIEST);
      default -> notes.text("number_prompt").in(lang, note.max().isPresent()
          ? notes.text("number_range").in(lang, note.max().get().toPlainString())
          : notes.text(note.whole() ? "whole_number" : "number_value").in(lang));
    };
  }

  /** The spelling the drop-down offers: the usual Chinese one, or the code. */
  private String usual(Coded value) {
    return lang == Lang.ZH ? value.chinese().get(0) : value.code();
  }

  private String yesNo(boolean yes) {
    return notes.text(yes ? "yes" : "no").in(lang);
  }

  private String coded(Coded value) {
    List<String> chinese = value.chinese();
    if (chinese.size() == 1) {
      return notes.text("coded_value").in(lang, chinese.get(0), value.code());
    }
    return notes.text("coded_also").in(lang, chinese.get(0), value.code(),
        String.join("、", chinese.subList(1, chinese.size())));
  }

  private String join(List<String> spellings) {
    return String.join(lang == Lang.ZH ? "、" : ", ", spellings);
  }

  private static Stream<Coded> values(Column column) {
    return Stream.of(column.choices().getEnumConstants());
  }
}
