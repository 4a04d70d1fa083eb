package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.types.StructType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FactDocsTest {

  @Test
  void everyFactARuleCanReadIsDocumentedAndNothingElse() {
    Set<String> declared = new TreeSet<>();
    for (Map.Entry<String, StructType> root : Map.of("member", FactTypes.MEMBER, "org",
        FactTypes.ORG, "rollup", FactTypes.ROLLUP).entrySet()) {
      FactTypes.fields(root.getValue()).keySet()
          .forEach(f -> declared.add(root.getKey() + "." + f));
    }
    assertThat(new TreeSet<>(FactDocs.all().keySet())).isEqualTo(declared);
  }

  @Test
  void aDescriptionCarriesTheDeclaredType() {
    assertThat(FactDocs.describe("member.collective_sessions_attended")).startsWith("int — ");
    assertThat(FactDocs.describe("org.room_items")).startsWith("list(string) — ");
    assertThat(FactDocs.describe("org.nothing")).isEmpty();
  }
}
