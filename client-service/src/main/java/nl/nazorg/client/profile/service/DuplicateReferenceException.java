package nl.nazorg.client.profile.service;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Another client of the firm already has this external reference (relatienummer): a 409. */
public class DuplicateReferenceException extends ClientErrorException {

    public DuplicateReferenceException() {
        super("Another client of this firm already has this externalReference.", Response.Status.CONFLICT);
    }
}
