package nl.nazorg.signal.worklist.rest;

import jakarta.validation.constraints.NotNull;
import nl.nazorg.events.signal.DismissReason;
import nl.nazorg.events.signal.SignalStatus;

/** The body of {@code PATCH /api/v1/signals/{id}}: the adviser status; DISMISSED needs a reason code. */
public record StatusChange(@NotNull SignalStatus status, DismissReason dismissReason) {
}
