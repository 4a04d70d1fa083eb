package org.branchcheck.io;

import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;

/** What the readers say about the input, in each language. */
public enum ReadMessage implements Message.Key {
  // a value
  VALUE_EMPTY("{0} is empty; expected {1}", "{0} 为空，应填{1}"),
  VALUE_BAD("{0}: '{1}' is not {2}", "{0}：“{1}”不是{2}"),
  // finding the dataset and its files
  NO_DATASET(
      "no dataset found here: expected a folder of table CSVs (members.csv, 党员名册.csv, …), an"
      + " .xlsx workbook or a .yaml file",
      "这里没有数据集：应为存放数据表 CSV（members.csv、党员名册.csv 等）的文件夹、.xlsx 工作簿或 .yaml 文件"),
  NO_SUCH_PATH("no such file or folder", "没有这个文件或文件夹"),
  TOO_DEEP("not searched: more than {0} folders deep", "未查找：文件夹超过 {0} 层"),
  CANNOT_LIST("folder cannot be listed: {0}", "无法列出文件夹内容：{0}"),
  SINGLE_TABLE(
      "a single table, not a dataset: name the folder that holds it",
      "这是一个数据表，不是数据集：请指定存放它的文件夹"),
  NOT_A_DATASET(
      "not a folder of CSV tables, an .xlsx workbook or a .yaml file",
      "既不是存放 CSV 数据表的文件夹，也不是 .xlsx 工作簿或 .yaml 文件"),
  UNKNOWN_TABLE_FILE("not a known table name; expected one of {0}", "不是已知的数据表名，应为以下之一：{0}"),
  TABLE_TWICE("table '{0}' is also in {1}; keep one", "数据表“{0}”也在 {1} 中，请只保留一个"),
  NO_TABLES(
      "no tables found: expected files such as members.csv or 党员名册.csv",
      "没有找到数据表：应有 members.csv 或 党员名册.csv 等文件"),
  LINK_OUT("refused: a link leading out of the dataset", "已拒绝：指向数据集以外的链接"),
  FILE_TOO_LARGE("file is larger than {0} MiB", "文件超过 {0} MiB"),
  CANNOT_READ("cannot be read: {0}", "无法读取：{0}"),
  // a CSV file's text
  ENCODING(
      "text is neither UTF-8 nor GB18030/GBK; save it as \"CSV UTF-8\"",
      "文本既不是 UTF-8 也不是 GB18030/GBK 编码：请另存为“CSV UTF-8”"),
  MIXED_ENCODING(
      "part of the file is UTF-8 and part GB18030/GBK (line {0}, read as UTF-8: '{1}'): the file"
      + " was pieced together from two sources; retype those lines, then save the file as"
      + " \"CSV UTF-8\"",
      "文件一部分是 UTF-8、一部分是 GB18030/GBK 编码（第 {0} 行按 UTF-8 读是“{1}”）：文件由两个来源拼成；请重新录入这些行后另存为“CSV UTF-8”"),
  PIPE_NOT_UTF8(
      "a named pipe is read once, so it must be UTF-8 text with a one-line header; save it as"
      + " \"CSV UTF-8\"",
      "命名管道只能读一次，所以必须是表头只占一行的 UTF-8 文本：请另存为“CSV UTF-8”"),
  EMPTY_FILE(
      "the file is empty: expected a header row naming the columns (a table with no records still"
      + " has its header)",
      "文件是空的：第一行应为列名（没有记录的表也要有表头）"),
  QUOTE_NOT_CLOSED(
      "a quoted value starting on this line is never closed (a \" is missing), so the rest of the"
      + " file would be one value; close the quote or remove it",
      "这一行开始的带引号的值没有结束（少一个 \"），文件的其余部分都会成为这一个值：请补上或删去引号"),
  TEXT_AFTER_QUOTE(
      "text follows a closing quote before the next comma; put the whole value in quotes and"
      + " double any \" inside it (\"\")",
      "结束引号和下一个逗号之间还有文字：请把整个值放在引号里，值里的 \" 写两遍（\"\"）"),
  NOT_CSV("the file cannot be read as CSV: {0}", "无法按 CSV 读取：{0}"),
  NUL_IN_CELL(
      "contains a NUL character: binary data, or UTF-16 text without a byte-order mark; save the"
      + " file as \"CSV UTF-8\"",
      "含有 NUL 字符：是二进制数据，或没有字节顺序标记的 UTF-16 文本；请另存为“CSV UTF-8”"),
  BOM_IN_CELL(
      "contains an invisible byte-order mark (U+FEFF), as left where two files were joined;"
      + " delete it (retype the value)",
      "含有看不见的字节顺序标记（U+FEFF），常见于两个文件拼接之处：请删去（重新输入这个值）"),
  RAGGED_ROW("row has {0} fields but the header has {1}", "这一行有 {0} 个字段，表头只有 {1} 个"),
  COLUMN_TWICE("column '{0}' appears twice in the header", "列“{0}”在表头中出现了两次"),
  SAME_MEANING("columns '{0}' and '{1}' both mean '{2}'; keep one", "列“{0}”和“{1}”都表示“{2}”，请只保留一个"),
  // a workbook
  OLD_WORKBOOK(
      "an Excel 97-2003 workbook (.xls) or a password-protected one; save it as an .xlsx"
      + " workbook without a password",
      "这是 Excel 97-2003 工作簿（.xls）或加了密码的工作簿：请另存为不设密码的 .xlsx 工作簿"),
  NOT_A_WORKBOOK("not an .xlsx workbook: {0}", "不是 .xlsx 工作簿：{0}"),
  WORKBOOK_TOO_LARGE(
      "a part of the workbook unpacks to more than {0} MiB, or {1} times its packed size;"
      + " split the workbook or save the tables as CSV",
      "工作簿的某一部分解压后超过 {0} MiB，或超过压缩大小的 {1} 倍：请拆分工作簿或把数据表另存为 CSV"),
  WORKBOOKS_IN_FOLDER(
      "the folder holds {0}; keep one form of the dataset: CSV tables or one workbook",
      "文件夹中有 {0}：数据集只能用一种形式，CSV 数据表或一个工作簿"),
  UNKNOWN_SHEET(
      "a sheet with content that is not a known table; expected one of {0} (an instructions sheet"
      + " is skipped)",
      "这个工作表有内容，但不是已知的数据表，应为以下之一：{0}（名为“说明”的工作表不读取）"),
  EMPTY_SHEET(
      "the sheet is empty: expected a header row naming the columns (a table with no records"
      + " still has its header)",
      "工作表是空的：应有一行列名作表头（没有记录的表也要有表头）"),
  CELL_ERROR("the cell holds the spreadsheet error {0}", "单元格中是表格错误值 {0}"),
  NO_HEADER_COLUMN(
      "column {0} has values but no header; name the column or clear it",
      "第 {0} 列有内容但没有列名：请填上列名或清空这一列"),
  // YAML
  YAML_NOT_TABLES("expected a mapping of table names to lists of records", "应为从数据表名到记录列表的映射"),
  YAML_UNKNOWN_TABLE("unknown table '{0}'; expected one of {1}", "未知的数据表“{0}”，应为以下之一：{1}"),
  YAML_TABLE_NOT_LIST("table '{0}' must be a list of records", "数据表“{0}”应为记录列表"),
  YAML_RECORD_NOT_MAPPING("a record must be a mapping of column to value", "每条记录应为从列名到值的映射"),
  YAML_NOT_SCALAR(
      "column '{0}' must hold a single value, not a list or mapping",
      "列“{0}”应为单个值，而不是列表或映射"),
  YAML_DOCUMENTS("more than one YAML document", "YAML 文档不止一个"),
  YAML_SYNTAX("not valid YAML: {0}", "不是有效的 YAML：{0}"),
  YAML_ALIAS(
      "YAML aliases (*{0}) are not supported; write the values out in full",
      "不支持 YAML 别名（*{0}）：请把值完整写出"),
  YAML_LONG_LINE(
      "a line of {0} characters, longer than the {1} a YAML line may have; break the value"
      + " over several lines (a block scalar, |)",
      "这一行有 {0} 个字符，超过 YAML 每行 {1} 个字符的上限：请把值分成多行（用块标量 |）"),
  YAML_DUPLICATE_KEY("duplicate key '{0}'", "键“{0}”重复"),
  // across records
  DUPLICATE_ID("duplicate {0} id '{1}' (first at {2})", "{0}编号“{1}”重复（第一次出现在 {2}）"),
  DANGLING("{0}: no {1} with id '{2}'", "{0}：没有编号为“{2}”的{1}"),
  PARENT_CYCLE(
      "parent: organisation '{0}' is its own ancestor (a cycle of parents)",
      "parent：组织“{0}”成了自己的上级（上级关系成环）"),
  ORGANISATION("organisation", "组织"),
  MEMBER("member", "党员"),
  SESSION("session", "学习活动"),
  ESSAY("essay", "心得体会"),
  MEETING("meeting", "会议"),
  OPINION("opinion", "意见");

  private final String en;
  private final String zh;

  ReadMessage(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  @Override
  public String template(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
