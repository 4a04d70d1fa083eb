package org.branchcheck.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.branchcheck.model.EssayContent;
import org.branchcheck.model.InputFile;

/**
 * Reads the essay files a dataset names in its {@code file} column. A path must stay inside the
 * dataset folder: absolute paths, {@code ..} and links leading out are refused, as are files over
 * {@link #MAX_BYTES}, texts over {@link #MAX_CHARS} characters and Word files that inflate like zip
 * bombs. The format is told by the file's first bytes (a .doc renamed .docx is still read), and by
 * the extension for plain text: .txt, or .md counted as rendered. Files are only ever read.
 */
public final class EssayFiles {
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  public static final int MAX_CHARS = 1_000_000;

  private static final Pattern OUTSIDE = Pattern.compile("^([/~]|[A-Za-z]:|[a-z]+:)");

  /** A file's text: the body (with tables, headers and footers), and the notes (footnotes,
   * endnotes and text boxes), which Word's count leaves out unless asked. */
  public record Text(String body, String notes, String format, String encoding) {
    Text(String body, String notes, String format) {
      this(body, notes, format, format);
    }
  }

  private final Path root;
  private final List<InputFile> read = new ArrayList<>();

  private EssayFiles(Path root) {
    this.root = root;
  }

  /** Essay files relative to this folder (a dataset folder, or a YAML dataset's folder). */
  public static EssayFiles in(Path folder) {
    try {
      return new EssayFiles(folder.toRealPath());
    } catch (IOException e) {
      return new EssayFiles(folder.toAbsolutePath().normalize());
    }
  }

  /** For data written inline, which has no folder: only the {@code text} column can be used. */
  public static EssayFiles none() {
    return new EssayFiles(null);
  }

  /** The files read so far, with their formats, sizes and digests. */
  public List<InputFile> files() {
    return List.copyOf(read);
  }

  /** The content of an essay given inline in the {@code text} column. */
  public static EssayContent inline(String text) {
    return EssayContents.of(new Text(text, "", "text"), null, text);
  }

  /** Reads the file a {@code file} cell names; the exception says what was expected. */
  public EssayContent read(String value) throws Values.BadValue {
    if (root == null) {
      throw new Values.BadValue(Expected.NO_FOLDER_HERE);
    }
    String path = value.strip().replace('\\', '/');
    if (OUTSIDE.matcher(path).find()) {
      throw new Values.BadValue(Expected.PATH_ABSOLUTE);
    }
    if (List.of(path.split("/")).contains("..")) {
      throw new Values.BadValue(Expected.PATH_UP);
    }
    Path file = root.resolve(path).normalize();
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new Values.BadValue(Expected.FILE_EXISTING, path);
    }
    if (!file.startsWith(root) || !real.startsWith(root)) {
      throw new Values.BadValue(Expected.FILE_INSIDE);
    }
    if (!Files.isRegularFile(real)) {
      throw new Values.BadValue(Expected.FILE_PLAIN, path);
    }
    byte[] bytes;
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        throw new Values.BadValue(Expected.FILE_SIZE, MAX_BYTES >> 20,
            (size + (1 << 20) - 1) / (1 << 20));
      }
      bytes = Files.readAllBytes(real);
    } catch (IOException e) {
      throw new Values.BadValue(Expected.FILE_READABLE, e.getMessage());
    }
    Text text = decode(bytes, path);
    read.add(new InputFile(root.relativize(file).toString().replace('\\', '/'), text.encoding(),
        bytes.length, Sha256.hex(bytes)));
    return EssayContents.of(text, real, null);
  }

  /** The text of an essay read before, again, to confirm a suspected copy. */
  public static Text reread(EssayContent content) throws Values.BadValue {
    if (content.file() == null) {
      return new Text(content.inlineText() == null ? "" : content.inlineText(), "", "text");
    }
    try {
      byte[] bytes = Files.readAllBytes(content.file());
      return decode(bytes, content.file().getFileName().toString());
    } catch (IOException e) {
      throw new Values.BadValue(Expected.FILE_READABLE, e.getMessage());
    }
  }

  private static Text decode(byte[] bytes, String path) throws Values.BadValue {
    String ext = extension(path);
    Text text;
    if (TextDecoder.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      text = DocxText.read(bytes);
    } else if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      text = DocText.read(bytes);
    } else if (ext.equals("txt") || ext.equals("md") || ext.equals("markdown")) {
      TextDecoder.Decoded decoded;
      try {
        decoded = TextDecoder.decode(bytes);
      } catch (CharacterCodingException e) {
        throw new Values.BadValue(Expected.TEXT_ENCODING);
      }
      String format = ext.equals("txt") ? "txt" : "md";
      text = new Text(format.equals("txt") ? decoded.text() : MarkdownText.of(decoded.text()), "",
          format, format + ", " + decoded.encoding());
    } else if (ext.equals("docx") || ext.equals("doc")) {
      throw new Values.BadValue(Expected.WORD_FILE, ext);
    } else {
      throw new Values.BadValue(Expected.ESSAY_FORMAT, ext);
    }
    if (text.body().length() + text.notes().length() > MAX_CHARS) {
      throw new Values.BadValue(Expected.ESSAY_SIZE, MAX_CHARS);
    }
    return text;
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 || dot < path.lastIndexOf('/') ? ""
        : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
