package org.ppl.compiler.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void editDistanceCountsTranspositionsAsOneEdit() {
        assertEquals(1, Suggestions.distance("sgima", "sigma"));
        assertEquals(1, Suggestions.distance("sigmma", "sigma"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("", ""));
    }

    @Test
    void suggestsTheNearestCloseName() {
        List<String> names = List.of("mu", "sigma", "tau", "Normal", "HalfNormal");
        assertEquals("sigma", Suggestions.nearest("sigmma", names));
        assertEquals("Normal", Suggestions.nearest("normal", names));
        assertNull(Suggestions.nearest("blorp", names));
        assertNull(Suggestions.nearest("t", List.of("N")), "one-letter names are not guessed");
        assertEquals("N", Suggestions.nearest("n", List.of("N")));
    }
}
