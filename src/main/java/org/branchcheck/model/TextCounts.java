package org.branchcheck.model;

/**
 * The length of a text in each counting mode: Word's and WPS's 字数, characters without spaces
 * (字符数(不计空格)) and pure 汉字.
 */
public record TextCounts(long words, long charsNoSpaces, long han) {
  public static final TextCounts ZERO = new TextCounts(0, 0, 0);

  public TextCounts plus(TextCounts o) {
    return new TextCounts(words + o.words, charsNoSpaces + o.charsNoSpaces, han + o.han);
  }
}
