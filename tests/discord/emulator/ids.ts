// Ids, permissions and defaults of the Discord emulator's world.

import type { UserSpec } from "../emulator-types.js";

const DISCORD_EPOCH = 1420070400000n;
let snowflakeCounter = 0n;

/** A fresh, increasing snowflake id. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (snowflakeCounter & 0x3fffffn)).toString();
}

/** The shard that receives events of a guild: (guild_id >> 22) % shardCount. */
export function shardIdForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A deterministic guild id that lands on `shardId` of `shardCount` (index picks another one). */
export function guildIdOnShard(shardId: number, shardCount: number, index = 0): string {
  const base = 300_000_000_000n * BigInt(shardCount); // ~2019 timestamp, a multiple of shardCount
  return ((base + BigInt(index * shardCount + shardId)) << 22n).toString();
}

export const P = {
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
};
/** Permissions of @everyone (and of interaction members unless the test says otherwise). */
export const EVERYONE_PERMISSIONS = (
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.AddReactions |
  P.EmbedLinks |
  P.AttachFiles |
  P.UseApplicationCommands
).toString();
export const BOT_PERMISSIONS = (
  BigInt(EVERYONE_PERMISSIONS) |
  P.UseExternalEmojis |
  P.SendMessagesInThreads
).toString();

export const Intents = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
};

export const DEFAULTS = {
  botId: "1300000000000000001",
  guildId: guildIdOnShard(0, 1),
  channelId: "1200000000000000010",
  user: { id: "1100000000000000001", username: "alice", globalName: "Alice" } satisfies UserSpec,
};
