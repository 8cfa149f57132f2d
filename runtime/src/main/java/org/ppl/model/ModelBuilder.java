package org.ppl.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Sum;
import org.ppl.transform.Transform;
import org.ppl.transform.TransformOp;

/**
 * Records a model on a tape: parameters (each an unconstrained block of theta, with its transform),
 * log-density terms, and saved deterministics. {@link #build} seals it into a {@link TapeModel}.
 */
public final class ModelBuilder {
    /** A parameter: its free variable, the transform op (null when unconstrained) and its value. */
    record Parameter(String name, Shape shape, Node free, TransformOp transform, int transformIndex, Node value) {}

    record Saved(String name, Node value) {}

    private final Tape tape = new Tape();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<Node> targets = new ArrayList<>();
    private final List<Node> jacobians = new ArrayList<>();
    private final List<Saved> saved = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int dimension;

    public Tape tape() {
        return tape;
    }

    /** Number of unconstrained coordinates so far. */
    public int dimension() {
        return dimension;
    }

    /** An unconstrained real parameter of the given shape. */
    public Node parameter(String name, Shape shape) {
        claim(name);
        Node free = tape.variable(shape);
        parameters.add(new Parameter(name, shape, free, null, -1, free));
        dimension += shape.size();
        return free;
    }

    /** A constrained parameter: its free block goes through {@code transform}, whose log-Jacobian is recorded. */
    public Node parameter(String name, Shape shape, Transform transform) {
        claim(name);
        Node free = tape.variable(Shape.vector(transform.freeSize(shape)));
        TransformOp op = transform.bind(free, shape);
        int index = tape.operations().size();
        tape.push(op);
        parameters.add(new Parameter(name, shape, free, op, index, op.value()));
        jacobians.add(op.logJacobian());
        dimension += free.size();
        return op.value();
    }

    /** Adds every element of {@code term} to the log density. */
    public void addTarget(Node term) {
        targets.add(term);
    }

    /** Saves {@code value} with every draw under {@code name}. */
    public void save(String name, Node value) {
        claim(name);
        saved.add(new Saved(name, value));
    }

    private void claim(String name) {
        if (!names.add(name)) throw new IllegalArgumentException("duplicate variable name: " + name);
    }

    /** Seals the tape into a model; {@code definition} is kept so {@link Model#copy()} can rebuild. */
    TapeModel build(ModelDefinition definition) {
        Node target = tape.push(new Sum(targets.toArray(new Node[0])));
        Node jacobian = tape.push(new Sum(jacobians.toArray(new Node[0])));
        tape.seal();
        return new TapeModel(definition, tape, parameters, saved, target, jacobian, dimension);
    }
}
