import { setLogLevel } from "../src/log.js";

// Routine info logs would drown the test report; warnings and errors still show.
setLogLevel("warn");
