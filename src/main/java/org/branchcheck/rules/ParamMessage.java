package org.branchcheck.rules;

import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;

/** What is said about a parameter a dataset or {@code --param} sets, in each language. */
public enum ParamMessage implements Message.Key {
  UNKNOWN("unknown parameter '{0}'{1} ({2} has {3})", "未知的参数“{0}”{1}（{2} 的参数有 {3}）"),
  DID_YOU_MEAN("; did you mean '{0}'?", "；是不是“{0}”？"),
  BAD_VALUE("parameter {0}: '{1}' is not {2}", "参数 {0}：“{1}”不是{2}");

  private final String en;
  private final String zh;

  ParamMessage(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  @Override
  public String template(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
