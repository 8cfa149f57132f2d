package org.ppl.compiler;

import org.junit.jupiter.api.Test;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;

class ScratchTest {
    @Test
    void print() throws Exception {
        for (String name : new String[] {"gplvm", "ppca", "sparse_gp", "eight_schools"}) {
            String text = new String(getClass().getResourceAsStream("/models/" + name + ".ppl").readAllBytes());
            Diagnostics d = new Diagnostics();
            Compiler.Compilation c = Compiler.compile(new SourceFile(name + ".ppl", text), d);
            System.out.println("=== " + name);
            System.out.println(d.render());
            System.out.println(Dumps.dump(Dumps.Stage.IR, c));
        }
        String extra = System.getProperty("scratch");
        if (extra != null) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(extra));
            Diagnostics d = new Diagnostics();
            Compiler.Compilation c = Compiler.compile(new SourceFile("scratch.ppl", text), d);
            System.out.println(d.render());
            System.out.println(Dumps.dump(Dumps.Stage.IR, c));
        }
    }
}
