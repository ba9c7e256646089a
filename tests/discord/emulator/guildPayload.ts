// The GUILD_CREATE payload the emulator's gateway sends for each guild a session owns.

import type { GuildSpec, JsonObject } from "../emulator-types.js";
import { EVERYONE_PERMISSIONS } from "./ids.js";
import type { EmulatorWorld } from "./world.js";

/** The guild as Discord sends it on connect: roles (@everyone, the bot's, the test's), channels, members. */
export function guildCreatePayload(world: EmulatorWorld, guild: GuildSpec): JsonObject {
  const human = world.apiUser({ ...world.defaultUser });
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId ?? world.defaultUser.id,
    unavailable: false,
    large: false,
    lazy: true,
    member_count: 2,
    joined_at: "2024-01-01T00:00:00.000Z",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: "en-US",
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    max_members: 500_000,
    features: [],
    roles: [
      role(guild.id, "@everyone", EVERYONE_PERMISSIONS, 0),
      {
        ...role(world.botRoleId, String(world.botUser.username), world.options.botPermissions, 1),
        managed: true,
        tags: { bot_id: world.botUser.id },
      },
      ...(guild.roles ?? []).map((r, i) => role(r.id, r.name, r.permissions ?? "0", i + 2)),
    ],
    channels: guild.channels.map((c) => world.findChannel(c.id)),
    threads: [],
    members: [world.apiMember(world.botUser, [world.botRoleId]), world.apiMember(human)],
    voice_states: [],
    presences: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function role(id: string, name: string, permissions: string, position: number): JsonObject {
  return {
    id,
    name,
    permissions,
    position,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
    icon: null,
    unicode_emoji: null,
  };
}
