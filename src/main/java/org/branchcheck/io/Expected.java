package org.branchcheck.io;

import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;

/**
 * What a value should have been, in each language: the end of "x: 'v' is not …". The Chinese
 * reads after 不是 / 应填.
 */
public enum Expected implements Message.Key {
  A_VALUE("a value (this column is required)", "内容（此列必填）"),
  DATE_FORM(
      "a date such as 2005-07-25, 2005/7/25, 2005.7.25, 2005年7月25日 or 20050725",
      "日期，如 2005-07-25、2005/7/25、2005.7.25、2005年7月25日 或 20050725"),
  DATE_EXISTS("a date that exists in the calendar", "日历上存在的日期"),
  DATE_SINCE("a date since the Party's founding, {0} (a typo?)", "建党（{0}）以来的日期（是否笔误？）"),
  DATE_BY_AS_OF(
      "on or before the day checked, {0} (--as-of): correct the date, or check a later day with"
      + " --as-of",
      "检查日期 {0}（--as-of）当天或之前的日期：请更正日期，或用 --as-of 检查更晚的一天"),
  YES_NO("是/否, Y/N, true/false or 1/0", "是/否、Y/N、true/false 或 1/0"),
  HOURS_FORM(
      "a number of hours such as 2 or 1.5 (at most two decimal places)",
      "学时数，如 2 或 1.5（最多两位小数）"),
  HOURS_RANGE("hours between 0 and 24", "在 0 到 24 之间的学时数"),
  COUNT("a whole number ≥ 0", "不小于 0 的整数"),
  AREA("an area in square metres such as 50 or 62.5", "以平方米计的面积，如 50 或 62.5"),
  ONE_OF("one of {0}", "以下之一：{0}"),
  WHOLE_NUMBER("a whole number", "整数"),
  NUMBER("a number such as 40 or 32.5", "数，如 40 或 32.5"),
  FRACTION("a fraction such as 2/3", "分数，如 2/3"),
  FRACTION_RANGE("a fraction between 0 and 1 such as 2/3", "0 到 1 之间的分数，如 2/3"),
  PERIOD("a period: quarter/季度, half_year/半年 or year/年", "周期：quarter/季度、half_year/半年 或 year/年"),
  COUNT_MODE(
      "a counting mode: word/字数, chars_no_spaces/字符数 or han/汉字数",
      "计数方式：word/字数、chars_no_spaces/字符数 或 han/汉字数"),
  NO_FOLDER_HERE(
      "usable here: data written inline has no folder to hold essay files; give the essay's text"
      + " in the 'text' column",
      "可用的文件：直接写出的数据没有存放文件的文件夹，请在 text 列给出正文"),
  PATH_ABSOLUTE(
      "a path inside the dataset folder (absolute paths are refused)",
      "数据集文件夹内的路径（不接受绝对路径）"),
  PATH_UP("a path inside the dataset folder ('..' leads out of it)", "数据集文件夹内的路径（“..”会指向文件夹以外）"),
  FILE_EXISTING("an existing file: there is no {0} in the dataset folder", "存在的文件：数据集文件夹里没有 {0}"),
  FILE_INSIDE(
      "a file inside the dataset folder (a link leading out of it is refused)",
      "数据集文件夹内的文件（不接受指向文件夹以外的链接）"),
  FILE_PLAIN("a file ({0} is a folder or a device)", "文件（{0} 是文件夹或设备）"),
  FILE_SIZE("a file of at most {0} MiB (it has {1} MiB)", "不超过 {0} MiB 的文件（该文件有 {1} MiB）"),
  FILE_READABLE("a readable file ({0})", "可以读取的文件（{0}）"),
  TEXT_ENCODING(
      "text in UTF-8 or GB18030/GBK (save it as UTF-8)",
      "UTF-8 或 GB18030/GBK 编码的文本（请另存为 UTF-8）"),
  WORD_FILE("a readable .{0} (the file is not a Word document)", "可以读取的 .{0} 文件（该文件不是 Word 文档）"),
  WORD_PASSWORD(
      "a readable .{0}: it is password-protected; hand in a copy without a password",
      "可以读取的 .{0} 文件：该文件设有密码，请交一份不设密码的"),
  WORD_READABLE("a readable .{0} ({1})", "可以读取的 .{0} 文件（{1}）"),
  ESSAY_FORMAT(
      "a .txt, .md, .docx or .doc file (save .{0} files as .docx)",
      ".txt、.md、.docx 或 .doc 文件（请把 .{0} 文件另存为 .docx）"),
  ESSAY_SIZE("an essay of at most {0} characters", "不超过 {0} 字的文章");

  private final String en;
  private final String zh;

  Expected(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  @Override
  public String template(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
