package org.ppl.compiler.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ppl.ad.ops.Builtins;

/** Every general function the runtime offers by name can be called from the language. */
class BuiltinTableTest {
    /** Runtime names that the language spells as operators. */
    private static final Set<String> OPERATORS = Set.of("add", "sub", "mul", "div", "floor_divide", "mod", "not", "and", "or", "lt", "le", "gt", "ge", "eq", "ne");

    @Test
    void runtimeFunctionsAreLanguageFunctions() {
        for (Set<String> names : java.util.List.of(Builtins.unaryNames(), Builtins.binaryNames(), Builtins.axisNames())) {
            for (String name : names) {
                if (OPERATORS.contains(name)) continue;
                assertNotNull(Builtin.function(name), name + " has no entry in the language's function table");
            }
        }
    }

    @Test
    void axisFunctionsTakeAnAxis() {
        for (String name : Builtins.axisNames()) {
            assertEquals("axis", Builtin.function(name).signature.params().get(1).name(), name);
        }
    }
}
