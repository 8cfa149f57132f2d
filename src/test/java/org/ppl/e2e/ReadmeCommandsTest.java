package org.ppl.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeCommandsTest {
    @Test
    void commandsAreTheLauncherLinesOfCodeBlocksWithoutComments() {
        String md = String.join("\n",
                "Run ./ppl sample x in prose: not a command.",
                "```",
                "./ppl sample gplvm     # the main job",
                "mvn -B verify",
                "$ ./ppl check gplvm",
                "```",
                "```",
                "./ppl fit ppca --method map --output runs/p",
                "```");
        assertEquals(List.of("./ppl sample gplvm", "./ppl check gplvm", "./ppl fit ppca --method map --output runs/p"),
                ReadmeCommands.in(md));
    }
}
