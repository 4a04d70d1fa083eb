package org.branchcheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;
import org.branchcheck.model.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a small tree in which every node knows its file, line and column, so
 * that both data and rule files can point at the exact scalar that is wrong. Aliases, nesting and
 * size are capped so that a hostile file cannot exhaust memory.
 */
public final class LocatedYaml {
  public static final int MAX_ALIASES = 50;
  public static final int MAX_DEPTH = 64;
  public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
  /**
   * The parser takes some microseconds per character of a scalar (5 s for a line of 2 million),
   * so a file of one endless line would hold a run for minutes; no hand-written line is this long.
   */
  public static final int MAX_LINE_CHARS = 1 << 20;

  /** A YAML node; {@code at} is where it starts. */
  public sealed interface Node permits MapNode, ListNode, Scalar {
    SourceLocation at();
  }

  public record MapNode(Map<String, Node> entries, Map<String, SourceLocation> keys, SourceLocation at)
      implements Node {}

  public record ListNode(List<Node> items, SourceLocation at) implements Node {}

  /**
   * A scalar as written; {@code text} is null for YAML null. {@code content} is where the scalar's
   * text itself begins (after a quote, or on the first line of a block scalar), so that callers can
   * map a position inside the text back to the file.
   */
  public record Scalar(String text, SourceLocation content, SourceLocation at) implements Node {}

  private static final YAMLFactory FACTORY = newFactory();

  private final String file;
  private final String[] lines;

  private LocatedYaml(String file, String text) {
    this.file = file;
    this.lines = text.split("\r?\n|\r", -1);
  }

  /** Parses one YAML document; a second document in the same file is an error. */
  public static Node parse(String file, String text) throws YamlException {
    return new LocatedYaml(file, text).parse(text);
  }

  private Node parse(String text) throws YamlException {
    refuseLongLines();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new MapNode(Map.of(), Map.of(), new SourceLocation(file, 1, 1));
      }
      Node root = read(parser, first);
      if (parser.nextToken() != null) {
        throw new YamlException(at(parser.currentTokenLocation()),
            Message.of(ReadMessage.YAML_DOCUMENTS));
      }
      return root;
    } catch (YamlException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Jackson's limits name the setting that enforces them; the user needs only the numbers.
      throw new YamlException(locationOf(e), Message.of(ReadMessage.YAML_SYNTAX,
          firstLine(e.getMessage())
              .replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "")));
    }
  }

  private Node read(JsonParser p, JsonToken token) throws IOException {
    SourceLocation at = at(p.currentTokenLocation());
    // Jackson's streaming parser would hand an alias over as its bare name, silently changing the
    // value; refusing aliases also rules out "billion laughs" expansion.
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new YamlException(at, Message.of(ReadMessage.YAML_ALIAS, p.getText()));
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          SourceLocation keyAt = at(p.currentTokenLocation());
          if (entries.containsKey(key)) {
            throw new YamlException(keyAt, Message.of(ReadMessage.YAML_DUPLICATE_KEY, key));
          }
          keys.put(key, keyAt);
          entries.put(key, read(p, p.nextToken()));
        }
        return new MapNode(entries, keys, at);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(read(p, t));
        }
        return new ListNode(items, at);
      }
      case VALUE_NULL -> {
        return new Scalar(null, at, at);
      }
      default -> {
        return new Scalar(p.getText(), contentStart(at), at);
      }
    }
  }

  private SourceLocation contentStart(SourceLocation at) {
    if (at.line() < 1 || at.line() > lines.length) {
      return at;
    }
    String line = lines[at.line() - 1];
    int i = at.column() - 1;
    char style = i >= 0 && i < line.length() ? line.charAt(i) : ' ';
    if (style == '"' || style == '\'') {
      return at.atColumn(at.column() + 1);
    }
    if (style == '|' || style == '>') {
      for (int next = at.line(); next < lines.length; next++) {
        String content = lines[next];
        if (!content.isBlank()) {
          int indent = content.length() - content.stripLeading().length();
          return new SourceLocation(at.file(), next + 1, indent + 1);
        }
      }
    }
    return at;
  }

  private SourceLocation at(JsonLocation loc) {
    return new SourceLocation(file, Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
  }

  private SourceLocation locationOf(Exception e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
        && jpe.getLocation() != null) {
      return at(jpe.getLocation());
    }
    return new SourceLocation(file, 1, 1);
  }

  /** SnakeYAML's message without its location lines: "while parsing …; expected …". */
  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("in '") || t.startsWith("at [") || t.startsWith("^")
          || t.startsWith("(through reference chain")) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "; ").append(t);
    }
    return out.length() == 0 ? "unreadable" : out.toString();
  }

  private static YAMLFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return factory;
  }

  private void refuseLongLines() throws YamlException {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > MAX_LINE_CHARS) {
        throw new YamlException(new SourceLocation(file, i + 1, 1),
            Message.of(ReadMessage.YAML_LONG_LINE, lines[i].length(), MAX_LINE_CHARS));
      }
    }
  }

  /** A YAML file that cannot be read, with where. */
  public static final class YamlException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation at;
    private final transient Message text;

    public YamlException(SourceLocation at, Message text) {
      super(text.in(Lang.EN));
      this.at = at;
      this.text = text;
    }

    /** The message, in any language. */
    public Message text() {
      return text;
    }

    public SourceLocation at() {
      return at;
    }
  }
}
