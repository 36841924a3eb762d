package nl.nazorg.campaign.unsubscribe;

/** The two small pages of unsubscribing, in Dutch with an English line; accessible and mobile-friendly. */
final class UnsubscribePages {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;font-size:18px;max-width:600px;margin:2em auto;padding:0 1em">
            """;

    private UnsubscribePages() {
    }

    /** The token is [A-Za-z0-9_-] only (it was found in the send log), so it is safe in the form's action. */
    static String confirm(String token) {
        return HEAD.formatted("Afmelden") + """
                <h1>Afmelden voor e-mails met aanbiedingen en tips</h1>
                <p>Wilt u deze e-mails niet meer ontvangen? Klik dan op de knop. Berichten over producten die u
                bij ons heeft, zoals het aflopen van uw rentevaste periode, blijft u ontvangen.</p>
                <p lang="en">Unsubscribe from marketing e-mails with the button below.</p>
                <form method="post" action="/u/%s">
                <button type="submit" name="confirm" value="yes" style="font-size:18px;padding:.5em 1em">Ja, meld mij af</button>
                </form>
                </body></html>
                """.formatted(token);
    }

    static String done() {
        return HEAD.formatted("Afgemeld") + """
                <h1>U bent afgemeld</h1>
                <p>U ontvangt van ons geen e-mails met aanbiedingen en tips meer. Dat gaat direct in.</p>
                <p lang="en">You have been unsubscribed from marketing e-mails, effective immediately.</p>
                </body></html>
                """;
    }
}
