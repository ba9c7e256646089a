/**
 * Why the bot will not add, remove or edit an article, in one sentence meant for the moderator
 * (the CLI prints it as `{"error": …}`). Nothing has been written when one is thrown.
 */
import { UserError } from "../commands/dispatch.js";

export class CurationRefusal extends UserError {
  override readonly name = "CurationRefusal";
}
