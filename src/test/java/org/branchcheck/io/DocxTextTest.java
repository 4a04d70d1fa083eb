package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.branchcheck.model.TextCounts;
import org.junit.jupiter.api.Test;

/** What of a .docx counts, as Word's 字数统计 dialog counts it. */
class DocxTextTest {

  @Test
  void countsBodyTablesHeadersAndFootersButNotMarkersDeletionsOrFieldCodes() throws Exception {
    EssayFiles.Text text = DocxText.read(DocxFixtures.everyPart());
    // body: 学习党章心得 6 (two runs, one word), 'Word' 1, '2003' 1, the PAGE field's result '1' 1;
    // table: 表格 2, 内容 2; header 页眉 2; footer 页脚 2 = 17. Not counted: the footnote mark,
    // the deleted 删掉的, the field code PAGE. Non-space: 6 + 4 + 4 + 1 + 4 + 2 + 2 = 23.
    assertThat(WordCount.counts(text.body())).isEqualTo(new TextCounts(17, 23, 14));
    assertThat(text.body()).doesNotContain("footnoteRef", "删掉的", "PAGE", "文本框");
    // footnote 见党章第三条 6, text box 文本框 3: counted only when asked, as in Word's dialog
    assertThat(WordCount.counts(text.notes())).isEqualTo(new TextCounts(9, 9, 9));
  }

  @Test
  void aTextBoxSavedWithAFallbackCopyIsReadOnce() throws Exception {
    EssayFiles.Text text = DocxText.read(DocxFixtures.textBoxWithFallback("开头", "甲乙"));
    assertThat(text.body().strip()).isEqualTo("开头");
    assertThat(text.notes().strip()).isEqualTo("甲乙");
  }
}
