package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastIdLookupTest {
  @Test
  void answersAsTheTableDoesWhateverTheOrderOfAsking() {
    String longId = "M".repeat(40) + "1";
    IdTable table = IdTable.firstPositions(List.of("M1", "M10", "M2", longId, "党员1"), s -> s);
    LastIdLookup lookup = new LastIdLookup(table);
    List<String> asked = List.of("M1", "M1", "M10", "M1", "M2", "M2", "M3", "M3", "M1", longId,
        longId, "M" + "M".repeat(39) + "2", "党员1", "党员1", "党员2", "", "", "M1");
    for (String id : asked) {
      // the id inside a longer line, at a different place each time
      byte[] line = ("x," + id + ",出席").getBytes(StandardCharsets.UTF_8);
      int from = 2;
      int to = from + id.getBytes(StandardCharsets.UTF_8).length;
      assertThat(lookup.get(line, from, to)).as(id).isEqualTo(table.get(id));
    }
  }
}
