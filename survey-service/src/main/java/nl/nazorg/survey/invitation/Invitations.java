package nl.nazorg.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import nl.nazorg.security.link.SurveyLink;

/**
 * Binds a personal link to an invitation campaign-service actually sent (DESIGN.md §8): a correctly signed token is
 * not enough, because whoever holds the signing secret could sign one for any client of any firm.
 */
@ApplicationScoped
public class Invitations {

    /** Whether an invitation of the link's tenant and send exists for the link's client, survey and campaign. */
    public Uni<Boolean> sentFor(SurveyLink link) {
        if (link.sendId() == null) {
            return Uni.createFrom().item(false);
        }
        return Invitation.<Invitation>findById(Invitation.idOf(link.tenantId(), link.sendId()))
                .map(invitation -> invitation != null && invitation.isFor(link));
    }
}
