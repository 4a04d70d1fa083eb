package org.branchcheck.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/** Word documents made in the tests with Apache POI, the way Word lays them out. */
final class DocxFixtures {
  private static final String NS = "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
      + " xmlns:v='urn:schemas-microsoft-com:vml'";

  private DocxFixtures() {}

  static byte[] simple(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(text);
      return bytes(doc);
    }
  }

  /**
   * Body 学习党章 + 心得, a table, a header and a footer, a footnote, a text box, a tracked
   * deletion and a field: see {@link DocxTextTest} for what each contributes.
   */
  static byte[] everyPart() throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("学习党章");
      p.createRun().setText("心得");
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("见党章第三条");
      p.addFootnoteReference(note);
      XWPFRun box = p.createRun();
      box.getCTR().addNewPict().set(XmlObject.Factory.parse("<w:pict " + NS + "><v:shape>"
          + "<v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
          + "</v:textbox></v:shape></w:pict>"));
      XWPFParagraph tracked = doc.createParagraph();
      tracked.getCTP().set(XmlObject.Factory.parse("<w:p " + NS + ">"
          + "<w:r><w:t xml:space='preserve'>Word 2003 </w:t></w:r>"
          + "<w:del w:id='1' w:author='a' w:date='2005-08-01T00:00:00Z'><w:r>"
          + "<w:delText>删掉的</w:delText></w:r></w:del>"
          + "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
          + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
          + "<w:r><w:t>1</w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"));
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("表格");
      table.getRow(0).getCell(1).setText("内容");
      XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
          .setText("页眉");
      policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
          .setText("页脚");
      return bytes(doc);
    }
  }

  /** A paragraph and a text box as Word 2010 saves it: DrawingML, with a VML copy as fallback. */
  static byte[] textBoxWithFallback(String text, String boxText)
      throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph p = doc.createParagraph();
      String box = "<w:txbxContent><w:p><w:r><w:t>" + boxText + "</w:t></w:r></w:p></w:txbxContent>";
      p.getCTP().set(XmlObject.Factory.parse("<w:p " + NS
          + " xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
          + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
          + "<w:r><w:t>" + text + "</w:t></w:r><w:r><mc:AlternateContent>"
          + "<mc:Choice Requires='wps'><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing>"
          + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox>"
          + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"));
      return bytes(doc);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
