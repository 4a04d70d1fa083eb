package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.EssayCount;
import org.branchcheck.engine.SimilarEssay;
import org.branchcheck.model.SourceLocation;

/** The JSON report's list of essays the checker counted from their files or text. */
final class JsonEssays {
  private JsonEssays() {}

  static void write(JsonGenerator g, CheckResult r) throws IOException {
    g.writeArrayFieldStart("essays");
    for (EssayCount e : r.essays()) {
      g.writeStartObject();
      g.writeStringField("member", e.member());
      g.writeStringField("name", e.name());
      g.writeStringField("org", e.org());
      g.writeStringField("essay", e.essay());
      g.writeStringField("title", e.title());
      g.writeStringField("kind", e.kind());
      g.writeStringField("file", e.file().isEmpty() ? ""
          : r.source().uri(SourceLocation.ofFile(e.file())));
      g.writeStringField("format", e.format());
      g.writeNumberField("chars", e.counted());
      g.writeStringField("count_mode", e.mode());
      if (e.declared() == null) {
        g.writeNullField("declared_chars");
      } else {
        g.writeNumberField("declared_chars", e.declared());
      }
      g.writeArrayFieldStart("similar");
      for (SimilarEssay s : e.similar()) {
        g.writeStartObject();
        g.writeStringField("dataset", s.dataset());
        g.writeStringField("member", s.member());
        g.writeStringField("name", s.name());
        g.writeStringField("essay", s.essay());
        g.writeStringField("title", s.title());
        g.writeNumberField("similarity_percent", s.percent());
        g.writeEndObject();
      }
      g.writeEndArray();
      JsonDatasetWriter.location(g, r.source().uri(e.at()), e.at());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
