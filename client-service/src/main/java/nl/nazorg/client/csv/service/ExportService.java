package nl.nazorg.client.csv.service;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.csv.format.CsvRowWriter;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.repository.ClientRepository;

/** Every client of a firm as CSV in the import format, read a page at a time. */
@ApplicationScoped
public class ExportService {

    static final char SEPARATOR = ';';
    private static final int PAGE = 1000;

    @Inject
    ClientRepository clients;

    @WithSession
    public Uni<String> export(String tenantId) {
        StringBuilder csv = new StringBuilder(CsvRowWriter.header(SEPARATOR)).append("\r\n");
        return page(tenantId, 0, csv).map(done -> csv.toString());
    }

    private Uni<Void> page(String tenantId, int index, StringBuilder csv) {
        return clients.page(tenantId, index, PAGE).chain(page -> {
            for (Client client : page) {
                csv.append(CsvRowWriter.row(client, SEPARATOR)).append("\r\n");
            }
            if (page.size() < PAGE) {
                return Uni.createFrom().voidItem();
            }
            return page(tenantId, index + 1, csv);
        });
    }

}
