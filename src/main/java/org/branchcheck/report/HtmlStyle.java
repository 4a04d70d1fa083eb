package org.branchcheck.report;

/**
 * The HTML report's style sheet, inline so the file stands alone: it is printed and archived,
 * often on machines with no network. Widths fit A4 portrait; the font list names the common
 * Chinese fonts of Linux, Windows and macOS before the generic family, so Chinese never falls back
 * to boxes where one of them is installed. No {@code <} or {@code &} may appear here: the
 * document must stay well-formed XML.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS = """
      @page { size: A4 portrait; margin: 14mm 12mm 16mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body {
        font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei",
          "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif;
        font-size: 10.5pt; line-height: 1.55; color: #1a1a1a; background: #fff;
        max-width: 186mm; margin: 0 auto; padding: 10mm 0 16mm;
      }
      h1 { font-size: 19pt; margin: 0 0 1mm; line-height: 1.3; }
      h2 { font-size: 14pt; margin: 7mm 0 2mm; padding-bottom: 1mm;
        border-bottom: 2px solid #a31515; break-after: avoid; }
      h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
      h3 .badge { margin-left: 2mm; }
      p { margin: 1.5mm 0; }
      .meta, .path, .note { color: #555; }
      .path { font-size: 9pt; word-break: break-all; }
      .verdicts { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0 4mm; }
      .verdict { flex: 1 1 85mm; border: 2px solid; border-radius: 2mm; padding: 2.5mm 4mm;
        break-inside: avoid; }
      .verdict .org { display: block; font-size: 11.5pt; color: #1a1a1a; }
      .verdict .word { display: block; font-size: 22pt; font-weight: bold; line-height: 1.3; }
      .verdict .why { display: block; font-size: 10pt; }
      .pass { color: #17692c; border-color: #17692c; background: #edf7ef; }
      .fail { color: #a31515; border-color: #a31515; background: #fcecec; }
      .badge { display: inline-block; font-size: 9.5pt; font-weight: bold; padding: 0 2mm;
        border: 1px solid; border-radius: 1mm; }
      .legend { display: block; }
      .swatch { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 0;
        vertical-align: -0.2mm; }
      .swatch + .swatch, .legend .swatch:nth-of-type(2) { margin-left: 4mm; }
      table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 3mm; }
      th, td { border: 1px solid #b8b8b8; padding: 1mm 1.6mm; text-align: left;
        vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }
      th { background: #f0f0f0; font-weight: bold; }
      .num { text-align: right; white-space: nowrap; }
      .nowrap { white-space: nowrap; }
      table.summary { width: auto; min-width: 100mm; }
      td.who { width: 22%; }
      td.rule { width: 17%; font-size: 9pt; }
      td.at { width: 24%; font-size: 8pt; color: #555; word-break: break-all; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      .section-title { font-weight: bold; margin: 3mm 0 1mm; }
      figure { margin: 3mm 0 4mm; break-inside: avoid; }
      figcaption { font-size: 9.5pt; color: #444; margin-top: 1mm; }
      svg { display: block; width: 100%; height: auto; }
      svg text { font-family: inherit; }
      .dataset + .dataset { break-before: page; }
      footer { margin-top: 8mm; font-size: 9pt; color: #777; }
      @media print {
        body { max-width: none; padding: 0; }
        h2 { margin-top: 4mm; }
      }
      """;
}
