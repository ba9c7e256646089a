// The sharding settings: SHARDS as the operator sets it, and what the ShardingManager hands a shard.
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../src/config.js";

describe("SHARDS", () => {
  it("GIVEN SHARDS unset or empty THEN one process, no manager", () => {
    expect(readConfig({})).toMatchObject({ shards: null, shard: null });
    expect(readConfig({ SHARDS: " " })).toMatchObject({ shards: null, shard: null });
  });

  it("GIVEN auto or a count THEN the manager runs that many shards", () => {
    expect(readConfig({ SHARDS: "auto" }).shards).toBe("auto");
    expect(readConfig({ SHARDS: "AUTO" }).shards).toBe("auto");
    expect(readConfig({ SHARDS: "4" }).shards).toBe(4);
  });

  it.each(["0", "-2", "1.5", "two", "[0]"])(
    "GIVEN SHARDS=%s THEN a config error says what it should be",
    (value) => {
      expect(() => readConfig({ SHARDS: value })).toThrow(ConfigError);
      expect(() => readConfig({ SHARDS: value })).toThrow(
        `config: SHARDS should be "auto" or a positive whole number, instead found "${value}"`,
      );
    },
  );

  it("GIVEN a shard process (SHARDING_MANAGER set) THEN SHARDS is its shard id, not a count", () => {
    const env = { SHARDING_MANAGER: "true", SHARDS: "1", SHARD_COUNT: "2" };
    expect(readConfig(env)).toMatchObject({ shards: null, shard: { ids: [1], count: 2 } });
    expect(readConfig({ ...env, SHARDS: "[0,1]", SHARD_COUNT: "4" }).shard).toEqual({
      ids: [0, 1],
      count: 4,
    });
  });

  it("GIVEN a shard process with ids outside the count THEN a config error", () => {
    expect(() => readConfig({ SHARDING_MANAGER: "true", SHARDS: "2", SHARD_COUNT: "2" })).toThrow(
      /^config: a shard process should get SHARDS \(shard ids\) below SHARD_COUNT/u,
    );
    expect(() => readConfig({ SHARDING_MANAGER: "true", SHARDS: "auto", SHARD_COUNT: "2" })).toThrow(
      ConfigError,
    );
  });
});

describe("ALLOW_PRIVATE_URLS and LOG_SALT", () => {
  it("GIVEN ALLOW_PRIVATE_URLS unset, 0 or 1 THEN private addresses are refused or allowed", () => {
    expect(readConfig({}).curation.allowPrivateUrls).toBe(false);
    expect(readConfig({ ALLOW_PRIVATE_URLS: "0" }).curation.allowPrivateUrls).toBe(false);
    expect(readConfig({ ALLOW_PRIVATE_URLS: "1" }).curation.allowPrivateUrls).toBe(true);
    expect(readConfig({ ALLOW_PRIVATE_URLS: "true" }).curation.allowPrivateUrls).toBe(true);
  });

  it("GIVEN ALLOW_PRIVATE_URLS=maybe THEN a config error says what it should be", () => {
    expect(() => readConfig({ ALLOW_PRIVATE_URLS: "maybe" })).toThrow(
      'config: ALLOW_PRIVATE_URLS should be 1 or 0, instead found "maybe"',
    );
  });

  it("GIVEN LOG_SALT THEN it is the salt; unset THEN none (a random one per process)", () => {
    expect(readConfig({ LOG_SALT: " s3cret " }).logSalt).toBe("s3cret");
    expect(readConfig({}).logSalt).toBeNull();
  });
});
