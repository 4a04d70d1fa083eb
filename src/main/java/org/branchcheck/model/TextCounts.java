package org.branchcheck.model;

/**
 * The length of a text in each counting mode: Word's and WPS's 字数, characters without spaces
 * (字符数(不计空格)) and pure 汉字.
 */
public record TextCounts(long words, long charsNoSpaces, long han) {}
