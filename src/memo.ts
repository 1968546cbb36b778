/** Remembers `load`'s answer per key for as long as the returned function lives (one rendering, one tick). */
export function memo<K, V>(load: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = load(key);
    values.set(key, value);
    return value;
  };
}
