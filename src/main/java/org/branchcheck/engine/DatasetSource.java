package org.branchcheck.engine;

import java.util.List;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.SourceLocation;

/**
 * Where a dataset came from. {@code path} is the dataset as the user named it (a folder or a YAML
 * file, '/'-separated); {@code root} is the folder its record locations are relative to; {@code
 * name} is the dataset's own name. Batch output is ordered by {@code path}.
 */
public record DatasetSource(String path, String root, String name, List<InputFile> files) {

  /** The path of a record's file as seen from where the command ran, for CI annotations. */
  public String uri(SourceLocation at) {
    if (at.file().isEmpty()) {
      return path;
    }
    if (at.file().startsWith("--")) {
      return at.file(); // a command-line option, such as "--param min_hours", not a file
    }
    return root.isEmpty() || root.equals(".") ? at.file() : root + "/" + at.file();
  }

  /** A record's location with the file as {@link #uri}: {@code path/members.csv:12:3}. */
  public String where(SourceLocation at) {
    return locate(at).toString();
  }

  /** The same location with the file as {@link #uri}. */
  public SourceLocation locate(SourceLocation at) {
    return at.inFile(uri(at));
  }
}
