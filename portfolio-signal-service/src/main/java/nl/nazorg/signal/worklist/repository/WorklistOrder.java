package nl.nazorg.signal.worklist.repository;

import io.quarkus.panache.common.Sort;

/** The worklist's sort orders: biggest saving first, soonest due first, newest first. */
public enum WorklistOrder {
    MONTHLY_SAVING(Sort.by("amount", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)),
    DUE_DATE(Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)),
    RAISED_DATE(Sort.by("raisedAt", Sort.Direction.Descending));

    private final Sort sort;

    WorklistOrder(Sort sort) {
        this.sort = sort;
    }

    public Sort sort() {
        return Sort.by(sort.getColumns().get(0).getName(), sort.getColumns().get(0).getDirection(),
                sort.getColumns().get(0).getNullPrecedence()).and("id");
    }
}
