/**
 * The input the signal rules read: an immutable {@link nl.nazorg.signal.model.ClientSnapshot} of one
 * client (profile facts, portfolio, survey facts), the {@link nl.nazorg.signal.model.MarketRates} on
 * offer and the tenant's {@link nl.nazorg.signal.model.TenantSignalSettings}. Plain records, no I/O;
 * lists are copied on construction, so a snapshot cannot change under a rule.
 */
package nl.nazorg.signal.model;
