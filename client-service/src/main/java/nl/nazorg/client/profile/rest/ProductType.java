package nl.nazorg.client.profile.rest;

/** What the has/lacks-product filters accept: a mortgage, a known home, or a kind of insurance. */
public enum ProductType {
    MORTGAGE, PROPERTY, TERM_LIFE, BUILDING, CONTENTS, TRAVEL, LIABILITY, CAR, FUNERAL, DISABILITY
}
