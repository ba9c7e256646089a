/**
 * WordNet classes the answer checks share, as index terms: what a kind of person or a kind of
 * place is a kind of ("minister", "civilian"; "city", "harbour").
 */
import { wordTerm } from "../text/terms.js";

/** WordNet's class of people: "who", "which minister", "34 civilians". */
export const PERSON_CLASS = wordTerm("person");

/** WordNet's class of places of any kind: a city, a country, a port, a harbour. */
export const LOCATION_CLASS = wordTerm("location");
