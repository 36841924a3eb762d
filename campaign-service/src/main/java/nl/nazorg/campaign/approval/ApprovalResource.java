package nl.nazorg.campaign.approval;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.nazorg.campaign.campaign.CampaignService;
import nl.nazorg.campaign.mail.MailDispatcher;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REVIEW mode: the queue of a campaign, approved or rejected one by one or in bulk. */
@Path("/api/v1/campaigns/{id}/approvals")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    @Inject
    CallerTenant caller;

    @Inject
    CampaignService campaigns;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    Clock clock;

    @GET
    @WithSession
    public Uni<List<QueuedSend>> queue(@PathParam("id") UUID id) {
        return campaigns.find(caller.tenantId(), id).chain(campaign -> SendLog.<SendLog>list(
                        "campaignId = ?1 and status = ?2 order by createdAt", campaign.id, SendStatus.AWAITING_APPROVAL))
                .map(sends -> sends.stream().map(QueuedSend::of).toList());
    }

    /** @return how many queued e-mails the decision changed */
    @POST
    @WithTransaction
    public Uni<Map<String, Integer>> decide(@PathParam("id") UUID id, @Valid @NotNull ApprovalDecision decision) {
        return campaigns.find(caller.tenantId(), id).chain(campaign -> {
            boolean approve = decision.verdict() == ApprovalDecision.Verdict.APPROVE;
            String set = approve ? "status = ?1, nextAttemptAt = ?2, suppression = null"
                    : "status = ?1, suppression = ?2";
            Object second = approve ? clock.instant() : Suppression.REJECTED_BY_ADVISER;
            SendStatus target = approve ? SendStatus.PENDING : SendStatus.SUPPRESSED;
            return decision.sendIds() == null
                    ? SendLog.update(set + " where campaignId = ?3 and status = ?4", target, second, campaign.id,
                    SendStatus.AWAITING_APPROVAL)
                    : SendLog.update(set + " where campaignId = ?3 and status = ?4 and sendId in ?5", target, second,
                    campaign.id, SendStatus.AWAITING_APPROVAL, decision.sendIds());
        }).invoke(changed -> {
            if (changed > 0 && decision.verdict() == ApprovalDecision.Verdict.APPROVE) {
                dispatcher.wakeUp();   // slightly before the commit: the sweep after idle-wait catches up if needed
            }
        }).map(changed -> Map.of("changed", changed));
    }
}
