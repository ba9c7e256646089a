/** `npm run register`: registers the slash commands (guild-scoped with DISCORD_GUILD_ID, else global). */
import { loadDotEnv, readConfig } from "../config.js";
import { loadCommands } from "../commands/registry.js";
import { applicationIdFromToken, registerCommands } from "../discord/registerCommands.js";
import { redact } from "../log.js";

async function main(): Promise<void> {
  loadDotEnv();
  const { discord } = readConfig();
  redact(discord.token);
  if (!discord.token) throw new Error("DISCORD_TOKEN should be set (see .env.example)");
  const clientId = discord.clientId ?? applicationIdFromToken(discord.token);
  if (!clientId) throw new Error("DISCORD_CLIENT_ID should be set (the application id, see .env.example)");
  const { commands, problems } = await loadCommands();
  if (problems.length) throw new Error(`command modules do not fit the shape:\n${problems.join("\n")}`);
  const count = await registerCommands(
    { token: discord.token, clientId, guildId: discord.guildId, apiUrl: discord.apiUrl },
    commands,
  );
  const scope = discord.guildId
    ? `in guild ${discord.guildId}`
    : "globally (may take up to an hour to appear)";
  process.stdout.write(
    `Registered ${count} commands ${scope}: ${commands.map((c) => `/${c.name}`).join(" ")}\n`,
  );
}

main().catch((error: unknown) => {
  const message = (error as Error).message;
  process.stderr.write(`register: ${message}\n`);
  process.exit(1);
});
