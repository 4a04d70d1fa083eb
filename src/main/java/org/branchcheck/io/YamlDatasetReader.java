package org.branchcheck.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * Reads a dataset written as one YAML file: each table is a top-level list of mappings. Two
 * conveniences: {@code params} may be a plain mapping of name to value, and {@code name} names the
 * dataset.
 */
public final class YamlDatasetReader {

  /** The tables found and the dataset name if the file gave one. */
  public record Result(List<RawTable> tables, Optional<String> name) {}

  private YamlDatasetReader() {}

  public static Result read(String file, String text, List<Problem> problems) {
    LocatedYaml.Node root;
    try {
      root = LocatedYaml.parse(file, text);
    } catch (LocatedYaml.YamlException e) {
      problems.add(new Problem(e.at(), e.text()));
      return new Result(List.of(), Optional.empty());
    }
    if (!(root instanceof LocatedYaml.MapNode map)) {
      problems.add(Problem.of(root.at(), ReadMessage.YAML_NOT_TABLES));
      return new Result(List.of(), Optional.empty());
    }
    return read(map, problems);
  }

  /** Reads the tables of a dataset written inline, for example in a rule-set test file. */
  public static Result read(LocatedYaml.MapNode map, List<Problem> problems) {
    List<RawTable> tables = new ArrayList<>();
    Optional<String> name = Optional.empty();
    for (Map.Entry<String, LocatedYaml.Node> entry : map.entries().entrySet()) {
      String key = entry.getKey();
      LocatedYaml.Node value = entry.getValue();
      if (key.equals("name") && value instanceof LocatedYaml.Scalar s && s.text() != null) {
        name = Optional.of(s.text());
        continue;
      }
      Optional<Table> table = TableSchema.tableNamed(key);
      if (table.isEmpty()) {
        problems.add(Problem.of(map.keys().get(key), ReadMessage.YAML_UNKNOWN_TABLE, key,
            java.util.Arrays.stream(Table.values()).map(Table::code).toList()));
      } else if (table.get() == Table.PARAMS && value instanceof LocatedYaml.MapNode params) {
        tables.add(paramsFromMapping(params));
      } else {
        tables.add(table(table.get(), value, problems));
      }
    }
    return new Result(tables, name);
  }

  private static RawTable table(Table table, LocatedYaml.Node value, List<Problem> problems) {
    List<RawTable.Row> rows = new ArrayList<>();
    if (value instanceof LocatedYaml.Scalar s && s.text() == null) {
      return new RawTable(table, value.at(), rows);
    }
    if (!(value instanceof LocatedYaml.ListNode list)) {
      problems.add(Problem.of(value.at(), ReadMessage.YAML_TABLE_NOT_LIST, table.code()));
      return new RawTable(table, value.at(), rows);
    }
    for (LocatedYaml.Node item : list.items()) {
      if (!(item instanceof LocatedYaml.MapNode record)) {
        problems.add(Problem.of(item.at(), ReadMessage.YAML_RECORD_NOT_MAPPING));
        continue;
      }
      Map<String, RawTable.Cell> cells = new LinkedHashMap<>();
      for (Map.Entry<String, LocatedYaml.Node> field : record.entries().entrySet()) {
        if (field.getValue() instanceof LocatedYaml.Scalar scalar) {
          String text = scalar.text() == null ? "" : scalar.text().strip();
          cells.put(field.getKey(), new RawTable.Cell(text, scalar.at()));
        } else if (field.getValue() instanceof LocatedYaml.ListNode items && allScalars(items)) {
          // A list cell (an activity room's checklist) reads as the 、-separated text of a CSV cell.
          cells.put(field.getKey(), new RawTable.Cell(items.items().stream()
              .map(n -> ((LocatedYaml.Scalar) n).text().strip()).collect(
                  java.util.stream.Collectors.joining("、")), items.at()));
        } else {
          problems.add(Problem.of(field.getValue().at(), ReadMessage.YAML_NOT_SCALAR,
              field.getKey()));
        }
      }
      rows.add(new RawTable.Row(cells, lineOnly(record.at())));
    }
    return new RawTable(table, value.at(), rows);
  }

  private static boolean allScalars(LocatedYaml.ListNode list) {
    return list.items().stream()
        .allMatch(n -> n instanceof LocatedYaml.Scalar s && s.text() != null);
  }

  private static RawTable paramsFromMapping(LocatedYaml.MapNode params) {
    List<RawTable.Row> rows = new ArrayList<>();
    for (Map.Entry<String, LocatedYaml.Node> e : params.entries().entrySet()) {
      SourceLocation keyAt = params.keys().get(e.getKey());
      String text = e.getValue() instanceof LocatedYaml.Scalar s && s.text() != null
          ? s.text().strip() : "";
      Map<String, RawTable.Cell> cells = new LinkedHashMap<>();
      cells.put("name", new RawTable.Cell(e.getKey(), keyAt));
      cells.put("value", new RawTable.Cell(text, e.getValue().at()));
      rows.add(new RawTable.Row(cells, lineOnly(keyAt)));
    }
    return new RawTable(Table.PARAMS, params.at(), rows);
  }

  private static SourceLocation lineOnly(SourceLocation at) {
    return at.atColumn(0);
  }
}
