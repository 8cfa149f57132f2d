package org.ppl.gp.cov;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Node;

/** The non-null inputs of a kernel operation, in order (an operation's inputs may not be null). */
final class KernelInputs {
    private KernelInputs() {}

    static Node[] of(Node x, Node xs, Node a, Node b, Node c, Node... more) {
        List<Node> all = new ArrayList<>();
        for (Node node : new Node[] {x, xs, a, b, c}) {
            if (node != null) all.add(node);
        }
        for (Node node : more) {
            if (node != null) all.add(node);
        }
        return all.toArray(new Node[0]);
    }
}
