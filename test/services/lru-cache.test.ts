import { describe, expect, it } from "vitest";
import { LruCache } from "../../src/memo.js";

describe("the bounded caches' LRU map", () => {
  it("drops the least recently used entry when full, and a read counts as a use", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "b" is now the oldest
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("replaces a key's value without growing, and forgets a deleted key", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 9);
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe(9);
    cache.delete("a");
    expect(cache.get("a")).toBeUndefined();
  });
});
