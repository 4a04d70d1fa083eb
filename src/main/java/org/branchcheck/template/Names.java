package org.branchcheck.template;

import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/** The names a template in one language gives tables and columns; the reader takes either. */
final class Names {
  private Names() {}

  /** The sheet or file name (without extension): the usual Chinese name, or the code. */
  static String table(Table table, Lang lang) {
    return lang == Lang.ZH ? table.names().get(1) : table.code();
  }

  static String header(Column column, Lang lang) {
    return column.header(lang == Lang.ZH);
  }
}
