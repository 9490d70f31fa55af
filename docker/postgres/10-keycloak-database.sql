-- Keycloak keeps its data in its own database of the same PostgreSQL server (compose only; on
-- Kubernetes Keycloak has its own database). Runs once, when the data volume is first initialised.
CREATE DATABASE keycloak;
