package nl.nazorg.client.profile.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.json.EventJson;

/**
 * Reads and writes the JSON parts of a {@link Client} row with the contracts' mapper, so that what is stored is
 * exactly what is published (nulls left out, money with its scale).
 */
public final class ClientDocuments {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();
    private static final TypeReference<List<ArrearsFact>> ARREARS = new TypeReference<>() {
    };

    private ClientDocuments() {
    }

    public static Household household(Client client) {
        return client.householdJson == null ? Household.SINGLE : read(client.householdJson, Household.class);
    }

    public static void household(Client client, Household household) {
        client.householdJson = write(household);
    }

    public static Address correspondenceAddress(Client client) {
        return client.correspondenceAddressJson == null ? null
                : read(client.correspondenceAddressJson, Address.class);
    }

    public static void correspondenceAddress(Client client, Address address) {
        client.correspondenceAddressJson = address == null ? null : write(address);
    }

    public static List<ArrearsFact> arrears(Client client) {
        if (client.arrearsJson == null) {
            return List.of();
        }
        try {
            return JSON.readValue(client.arrearsJson, ARREARS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void arrears(Client client, List<ArrearsFact> arrears) {
        client.arrearsJson = write(arrears);
    }

    public static PortfolioDocument portfolio(Client client) {
        return client.portfolioJson == null ? PortfolioDocument.EMPTY
                : read(client.portfolioJson, PortfolioDocument.class);
    }

    /** Stores the portfolio and refreshes the columns the list filters use. */
    public static void portfolio(Client client, PortfolioDocument portfolio) {
        client.portfolioJson = write(portfolio);
        client.forSale = portfolio.property() != null && portfolio.property().forSale();
        client.productTypes = ProductTypes.of(portfolio);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
