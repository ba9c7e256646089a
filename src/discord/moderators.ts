/** Who may change the article set on Discord: Manage Server, or the configured moderator role. */
import { PermissionFlagsBits, type GuildMember, type APIInteractionGuildMember } from "discord.js";

export function isModerator(
  member: GuildMember | APIInteractionGuildMember | null | undefined,
  modRoleId: string | null,
): boolean {
  if (!member) return false; // In DMs nobody has server permissions.
  const permissions = member.permissions;
  const hasManageGuild =
    typeof permissions === "string"
      ? (BigInt(permissions) & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild ||
        (BigInt(permissions) & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator
      : permissions.has(PermissionFlagsBits.ManageGuild);
  if (hasManageGuild) return true;
  if (!modRoleId) return false;
  const roles = member.roles;
  return Array.isArray(roles) ? roles.includes(modRoleId) : roles.cache.has(modRoleId);
}
