package org.branchcheck.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * What every table and column of a dataset holds, in Chinese and English, and the template's other
 * wording; read from {@code notes.yaml} beside this class, the only place they are written.
 */
final class Notes {
  private static final String RESOURCE = "notes.yaml";
  private static final Notes SHIPPED = load();

  /** One text in both languages; {@code {0}}, {@code {1}}, … stand for arguments. */
  record Words(String zh, String en) {
    String in(Lang lang, Object... args) {
      String text = lang == Lang.ZH ? zh : en;
      for (int i = 0; i < args.length; i++) {
        text = text.replace("{" + i + "}", String.valueOf(args[i]));
      }
      return text;
    }
  }

  /**
   * What one column holds: its meaning, whether the reader refuses a row without it, an example
   * (a coded value as its code, a boolean as true or false), the accepted values when its type
   * alone does not say them, and for a number whether it is whole and its largest value.
   */
  record ColumnNote(Words meaning, boolean required, String example,
      Optional<Words> accepts, boolean whole, Optional<BigDecimal> max) {}

  private final JsonNode root;

  private Notes(JsonNode root) {
    this.root = root;
  }

  /** The notes shipped with branchcheck. */
  static Notes shipped() {
    return SHIPPED;
  }

  private static Notes load() {
    try (InputStream in = Notes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return new Notes(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Words table(Table table) {
    return words(tableNode(table), table.code());
  }

  /** The note on a column of a table; every column {@code TableSchema} knows has one. */
  ColumnNote column(Table table, String code) {
    JsonNode n = tableNode(table).path("columns").path(code);
    String where = table.code() + "." + code;
    if (!n.isObject()) {
      throw new IllegalStateException(RESOURCE + " has no note on " + where);
    }
    JsonNode accepts = n.path("accepts");
    JsonNode max = n.path("max");
    return new ColumnNote(words(n, where), n.path("required").asBoolean(false),
        n.path("example").asText(""),
        accepts.isObject() ? Optional.of(words(accepts, where)) : Optional.empty(),
        n.path("whole").asBoolean(false),
        max.isNumber() ? Optional.of(max.decimalValue()) : Optional.empty());
  }

  /** The codes of the columns a table's notes cover, in their order. */
  List<String> columnCodes(Table table) {
    List<String> codes = new ArrayList<>();
    tableNode(table).path("columns").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  /** One of the template's texts by its key in {@code texts}. */
  Words text(String key) {
    return words(root.path("texts").path(key), "texts." + key);
  }

  /** A list of spellings in {@code texts} (the same in both languages). */
  List<String> spellings(String key) {
    JsonNode n = root.path("texts").path(key);
    if (!n.isArray() || n.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no list texts." + key);
    }
    List<String> out = new ArrayList<>();
    n.forEach(item -> out.add(item.asText()));
    return out;
  }

  private JsonNode tableNode(Table table) {
    return root.path("tables").path(table.code());
  }

  private static Words words(JsonNode n, String where) {
    String zh = n.path("zh").asText("");
    String en = n.path("en").asText("");
    if (zh.isBlank() || en.isBlank()) {
      throw new IllegalStateException(RESOURCE + " lacks the zh or en text of " + where);
    }
    return new Words(zh.strip(), en.strip());
  }
}
