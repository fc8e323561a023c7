import { runFromCli } from "./stack/run-from-cli";

void runFromCli("dev");
