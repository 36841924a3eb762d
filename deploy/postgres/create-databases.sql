-- One database (and owner) per service (DESIGN.md §1): no service can read another's tables.
CREATE USER client PASSWORD 'client';
CREATE DATABASE client OWNER client;
CREATE USER signal PASSWORD 'signal';
CREATE DATABASE signal OWNER signal;
CREATE USER campaign PASSWORD 'campaign';
CREATE DATABASE campaign OWNER campaign;
CREATE USER survey PASSWORD 'survey';
CREATE DATABASE survey OWNER survey;
