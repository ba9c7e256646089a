/** Who may change the article set on Discord: Manage Server (or Administrator), or the moderator role. */
import {
  PermissionFlagsBits,
  type APIInteractionGuildMember,
  type GuildMember,
  type PermissionsBitField,
} from "discord.js";

/**
 * @param permissions what Discord computed for the member in this channel (an interaction's
 *   `memberPermissions`, owner and channel overwrites included); null in DMs, where nobody has
 *   server permissions.
 */
export function isModerator(
  permissions: Readonly<PermissionsBitField> | null | undefined,
  roleIds: readonly string[],
  modRoleId: string | null,
): boolean {
  // has() counts Administrator as every permission.
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return modRoleId !== null && roleIds.includes(modRoleId);
}

/** The member's role ids, from a cached member or the raw one an interaction carries. */
export function roleIdsOf(member: GuildMember | APIInteractionGuildMember | null | undefined): string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}
