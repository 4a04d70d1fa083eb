package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back a JSON report written by {@link JsonReporter} (schema version 2, or the single-dataset
 * version 1), keeping what a comparison needs: per dataset its status and its findings.
 */
public final class JsonReportReader {
  /**
   * A report larger than this is refused, so that reading it fits the default heap; a district's
   * {@code --failures-only} report is far smaller.
   */
  public static final long MAX_BYTES = 256L << 20;

  /** One dataset of a report. {@code unreadable} datasets have no findings. */
  public record Dataset(String path, String name, boolean unreadable, List<Item> findings) {}

  /** One finding, identified by dataset path, rule and subject. */
  public record Item(String rule, String subject, String subjectName, String outcome,
      String severity, String message, String location) {}

  /** A whole report: its as-of date, datasets, and how many problems the run itself had. */
  public record Report(String file, String asOf, List<Dataset> datasets, int runProblems) {}

  /** The file is not a branchcheck JSON report. */
  public static final class NotAReport extends Exception {
    public NotAReport(String message) {
      super(message);
    }
  }

  private JsonReportReader() {}

  public static Report read(Path file) throws IOException, NotAReport {
    if (Files.size(file) > MAX_BYTES) {
      throw new NotAReport(file + ": larger than " + (MAX_BYTES >> 20) + " MiB");
    }
    JsonNode root;
    try {
      JsonFactory factory = JsonFactory.builder().streamReadConstraints(
          StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
      root = new ObjectMapper(factory)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new NotAReport(file + where + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !"branchcheck/report".equals(root.path("schema").asText())) {
      throw new NotAReport(file + ": not a branchcheck JSON report (no \"schema\":"
          + " \"branchcheck/report\"); write one with --format json");
    }
    int version = root.path("schema_version").asInt();
    if (version == 1) {
      return new Report(file.toString(), root.path("as_of").asText(), List.of(
          dataset(root.path("dataset").asText(), root.path("dataset").asText(), root)), 0);
    }
    if (version != 2) {
      throw new NotAReport(file + ": report schema version " + version
          + " is not one this version reads (1 or 2)");
    }
    List<Dataset> datasets = new ArrayList<>();
    for (JsonNode d : root.path("datasets")) {
      datasets.add(dataset(d.path("path").asText(), d.path("name").asText(), d));
    }
    return new Report(file.toString(), root.path("provenance").path("as_of").asText(),
        List.copyOf(datasets), root.path("problems").size());
  }

  private static Dataset dataset(String path, String name, JsonNode d) {
    List<Item> items = new ArrayList<>();
    for (JsonNode f : d.path("findings")) {
      JsonNode at = f.path("location");
      items.add(new Item(f.path("rule").asText(), f.path("subject").asText(),
          f.path("subject_name").asText(), f.path("outcome").asText(),
          f.path("severity").asText(), f.path("message").asText(),
          at.path("file").asText() + (at.path("line").asInt() > 0
              ? ":" + at.path("line").asInt() : "")));
    }
    boolean unreadable = d.path("problems").size() > 0;
    return new Dataset(path, name, unreadable, List.copyOf(items));
  }
}
