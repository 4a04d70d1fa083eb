package org.branchcheck.model;

import java.util.Locale;

/** The languages messages about the input are given in ({@code --lang}). */
public enum Lang {
  EN,
  ZH;

  /** Chinese for a Chinese locale (zh, zh_CN, zh_TW, …), English for any other. */
  public static Lang of(Locale locale) {
    return locale.getLanguage().equals("zh") ? ZH : EN;
  }

  /** As typed after {@code --lang}: zh, en. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
