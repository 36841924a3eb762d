/** Small helpers for the set-based SQL this service runs through the reactive PostgreSQL client. */
package nl.nazorg.signal.sql;
