package nl.wams.coordinatie.domain;

/** The details of a pool member as given by the client of the API. */
public record CoordinatorInvoer(
    String naam,
    String gebruikersnaam,
    String email,
    String telefoon,
    Organisatie organisatie,
    String gemeentecode) {}
