package nl.nazorg.web;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Bean Validation property path ({@code create.body.children[1].birthDate}) into the field a
 * client sent ({@code children[1].birthDate}): the method and the body parameter are implementation
 * details; a plain parameter (a query or path parameter) keeps its name.
 */
final class ViolationFieldPath {

    private ViolationFieldPath() {
    }

    static String of(Path path) {
        var nodes = new java.util.ArrayList<Path.Node>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        String lastName = null;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                lastName = node.getName();
            }
            if (kind == ElementKind.PARAMETER && i == nodes.size() - 1) {
                append(field, node.getName());
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT
                    || kind == ElementKind.BEAN) {
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (kind == ElementKind.PROPERTY) {
                    append(field, node.getName());
                }
            }
        }
        return field.length() > 0 ? field.toString() : lastName;
    }

    private static void append(StringBuilder field, String name) {
        if (field.length() > 0) {
            field.append('.');
        }
        field.append(name);
    }
}
