package org.branchcheck.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random values of the declared fact types, the same for the same seed: whole numbers and
 * decimals with 0, -0.0, negatives, the int extremes and huge doubles among them; texts from a
 * ten words per fact set (so that names, kinds and dates meet each other); lists of 0 to 5
 * elements. Now and then a struct lacks a field, as a broken fact would.
 */
final class RandomFacts {
  private static final long[] INTS = {0, 0, 1, 2, 3, -1, 5, 40, 2999, 3000, 3001,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1};
  private static final double[] DOUBLES = {0.0, 0.0, -0.0, 0.5, 1.0, 2.0, 32.5, 40.0, 39.99,
      -7.25, 5.0, 1e300, -1e300, 9.3e18, Double.NaN, Double.POSITIVE_INFINITY};

  private final Random random;
  private final List<String> words = new ArrayList<>();

  RandomFacts(long seed, List<String> vocabulary) {
    random = new Random(seed);
    words.add("");
    for (int i = 0; i < 10; i++) {
      words.add(vocabulary.get(random.nextInt(vocabulary.size())));
    }
  }

  /** The variables of one subject: params of the given types, as_of, org, member and rollup. */
  Map<String, Object> vars(Map<String, CelType> params) {
    Map<String, Object> p = new LinkedHashMap<>();
    params.forEach((name, type) -> p.put(name, value(type)));
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("params", p);
    vars.put("as_of", word());
    vars.put("org", value(FactTypes.ORG));
    vars.put("member", value(FactTypes.MEMBER));
    vars.put("rollup", value(FactTypes.ROLLUP));
    return vars;
  }

  Object value(CelType type) {
    return switch (type.kind()) {
      case INT -> random.nextInt(4) == 0 ? (long) random.nextInt(10_000) - 100
          : INTS[random.nextInt(INTS.length)];
      case DOUBLE -> random.nextInt(4) == 0 ? random.nextInt(10_000) / 100.0
          : DOUBLES[random.nextInt(DOUBLES.length)];
      case STRING -> word();
      case BOOL -> random.nextBoolean();
      case LIST -> {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          list.add(value(((ListType) type).elemType()));
        }
        yield list;
      }
      case MAP -> {
        Map<Object, Object> map = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          map.put(value(((MapType) type).keyType()), value(((MapType) type).valueType()));
        }
        yield map;
      }
      case STRUCT -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        FactTypes.fields((StructType) type).forEach((name, fieldType) -> {
          if (random.nextInt(200) != 0) {
            fields.put(name, value(fieldType));
          }
        });
        yield fields;
      }
      default -> throw new IllegalArgumentException("no random values of " + type);
    };
  }

  private String word() {
    return words.get(random.nextInt(words.size()));
  }
}
