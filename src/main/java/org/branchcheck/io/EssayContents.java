package org.branchcheck.io;

import java.nio.file.Path;
import org.branchcheck.model.EssayContent;

/** An essay's text reduced to what the checker keeps: counts in every mode and a signature. */
final class EssayContents {
  private EssayContents() {}

  static EssayContent of(EssayFiles.Text text, Path file, String inline) {
    return new EssayContent(text.format(), WordCount.counts(text.body()),
        WordCount.counts(text.notes()), EssayFingerprint.signature(text.body()), file, inline);
  }
}
