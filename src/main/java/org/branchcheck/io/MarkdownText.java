package org.branchcheck.io;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text of a Markdown essay as a reader sees it rendered: heading marks, emphasis, list
 * markers, link targets, images and HTML tags are markup, not words, so they do not count.
 */
final class MarkdownText {
  private static final Parser PARSER = Parser.builder().build();

  private MarkdownText() {}

  static String of(String markdown) {
    Collector c = new Collector();
    PARSER.parse(markdown).accept(c);
    return c.out.toString();
  }

  private static final class Collector extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock block) {
      out.append(block.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      out.append(block.getLiteral()).append('\n');
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      out.append('\n');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      out.append('\n');
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      out.append('\n');
    }

    @Override
    public void visit(Heading heading) {
      visitChildren(heading);
      out.append('\n');
    }

    @Override
    public void visit(Image image) {
      // an image's alt text is not shown on the page
    }

    @Override
    public void visit(HtmlInline html) {
      // markup
    }

    @Override
    public void visit(HtmlBlock html) {
      // markup
    }
  }
}
