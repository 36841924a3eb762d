package nl.nazorg.campaign.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** An adviser's decision on queued e-mails of a REVIEW campaign: the given ones, or all when {@code sendIds} is absent. */
public record ApprovalDecision(@NotNull Verdict verdict, @Size(max = 10_000) List<UUID> sendIds) {

    public enum Verdict { APPROVE, REJECT }
}
