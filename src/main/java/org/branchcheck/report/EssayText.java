package org.branchcheck.report;

import java.util.stream.Collectors;
import org.branchcheck.engine.EssayCount;
import org.branchcheck.engine.SimilarEssay;

/** How the human-readable reports word an essay the checker counted itself. */
final class EssayText {
  private EssayText() {}

  static String heading(int count, String mode) {
    return "由文件或正文统计字数的文章 " + count + " 篇（" + mode + "）";
  }

  static String who(EssayCount e) {
    return (e.name().isEmpty() ? e.member() : e.name()) + "《" + e.title() + "》";
  }

  static String source(EssayCount e) {
    return e.file().isEmpty() ? "正文" : e.file();
  }

  /** "3120 字（申报 3000）". */
  static String count(EssayCount e) {
    return e.counted() + " 字" + (e.declared() == null ? "" : "（申报 " + e.declared() + "）");
  }

  /** "与 王芳《…》相似 87%"; empty when it resembles no other. */
  static String similar(EssayCount e) {
    return e.similar().isEmpty() ? "" : e.similar().stream().map(EssayText::other)
        .collect(Collectors.joining("、", "与 ", ""));
  }

  private static String other(SimilarEssay s) {
    return (s.dataset().isEmpty() ? "" : s.dataset() + " ") + s.name() + "《" + s.title()
        + "》相似 " + s.percent() + "%";
  }
}
