package nl.nazorg.client.csv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** CSV import with a per-row report, idempotent by external reference; export in the same format. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class CsvImportTest {

    private final String token = Tokens.admin("csv-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void theSeedFileImportsCompletelyAndASecondImportChangesNothing() throws IOException {
        String seed = seed();
        importCsv(seed).statusCode(200).body("rows", is(400)).body("created", is(400)).body("refused", is(0))
                .body("ignoredColumns", hasSize(0));
        importCsv(seed).statusCode(200).body("created", is(0)).body("updated", is(0)).body("unchanged", is(400));
        given().auth().oauth2(token).get("/api/v1/clients?externalReference=DEMO-0001")
                .then().body("items[0].products", hasItem("MORTGAGE"));
        String id = given().auth().oauth2(token).get("/api/v1/clients?externalReference=DEMO-0002")
                .then().extract().path("items[0].id");
        given().auth().oauth2(token).get("/api/v1/clients/" + id).then().body("version", is(1))
                .body("marketingEmailConsent.status", is("OPTED_IN"));
    }

    @Test
    void anExportImportsAgainUnchanged() throws IOException {
        importCsv(seed()).statusCode(200).body("created", is(400));
        String export = given().auth().oauth2(token).accept("text/csv").get("/api/v1/clients/export")
                .then().statusCode(200).extract().asString();
        assertThat(export.lines().count()).isEqualTo(401);
        importCsv(export).statusCode(200).body("unchanged", is(400)).body("refused", is(0));
    }

    @Test
    void invalidRowsAreReportedAndValidOnesImported() {
        String csv = """
                external_reference;last_name;first_name;email;date_of_birth;phone;mortgage_lender;mortgage_start;mortgage_term_end;part1_repayment_type;part1_original_principal;part1_outstanding_principal;part1_interest_rate;part1_fixed_rate_end
                R-1;Jansen;Jan;jan@example.nl;14-3-1975;06-12345678;ING;2020-01-01;2050-01-01;annuity;"250.000,00";240000;3,85;2030-01-01
                R-2;Bakker;Els;not-an-email;1980-01-01;;;;;;;;;
                R-3;Visser;Piet;piet@example.nl;31-02-1980;;ING;2020-01-01;2050-01-01;ANNUITY;100000;90000;25;2055-01-01
                R-1;Dubbel;Jan;dubbel@example.nl;1975-03-14;;;;;;;;;
                """;
        importCsv(csv).statusCode(200).body("rows", is(4)).body("created", is(1)).body("refused", is(3))
                .body("errors[0].line", is(3))
                .body("errors[0].messages", hasItem(containsString("profile.email")))
                .body("errors[1].line", is(4))
                .body("errors[1].messages", hasItem(containsString("date_of_birth")))
                .body("errors[1].messages", hasItem(containsString("interestRate")))
                .body("errors[2].messages", hasItem(containsString("earlier line")));
        given().auth().oauth2(token).get("/api/v1/clients?externalReference=R-1")
                .then().body("total", is(1)).body("items[0].name.lastName", is("Jansen"));
    }

    @Test
    void tenThousandRowsWithDeliberateErrors() throws IOException {
        List<String> seedLines = seed().lines().toList();
        String header = seedLines.get(0);
        int emailColumn = List.of(header.split(";", -1)).indexOf("email");
        List<String> lines = new ArrayList<>();
        lines.add(header);
        for (int n = 0; n < 10_000; n++) {
            String[] cells = seedLines.get(1 + n % 400).split(";", -1);
            cells[0] = String.format("BULK-%05d", n);
            if (n % 100 == 7) {
                cells[emailColumn] = "broken-address";
            }
            lines.add(String.join(";", cells));
        }
        long started = System.nanoTime();
        importCsv(String.join("\r\n", lines)).statusCode(200)
                .body("rows", is(10_000)).body("created", is(9_900)).body("refused", is(100));
        double seconds = (System.nanoTime() - started) / 1e9;
        String figure = String.format("10,000-row CSV import (100 refused): %.1f s, %.0f rows/s%n", seconds,
                10_000 / seconds);
        System.out.print(figure);
        Files.writeString(Path.of("target", "import-figures.txt"), figure, StandardCharsets.UTF_8);
        given().auth().oauth2(token).get("/api/v1/clients?size=1").then().body("total", is(9_900));
    }

    private ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/clients/import").then();
    }

    private static String seed() throws IOException {
        try (InputStream in = CsvImportTest.class.getResourceAsStream("/seed/demo-firm.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
