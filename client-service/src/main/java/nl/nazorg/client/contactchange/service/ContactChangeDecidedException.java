package nl.nazorg.client.contactchange.service;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** The change was approved or rejected before: a decision is made once (409). */
public class ContactChangeDecidedException extends ClientErrorException {

    public ContactChangeDecidedException() {
        super("This contact-detail change was already decided; nothing was changed.", Response.Status.CONFLICT);
    }
}
