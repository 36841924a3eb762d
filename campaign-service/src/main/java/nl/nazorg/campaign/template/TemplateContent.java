package nl.nazorg.campaign.template;

/**
 * One language of an e-mail template: a Qute subject and a Qute body in plain text (paragraphs separated by a blank
 * line). The HTML part is built from the body in the firm's layout, so both parts always say the same.
 */
public record TemplateContent(String templateId, String language, String subject, String body) {
}
