/**
 * A function of an object, computed once per object while it lives. The live
 * preview keeps the objects of unchanged plans from one save to the next, so
 * what is worked out from them (a digest of each of 10,000 bodies) need not be
 * worked out again. Only for objects that are not changed after they are made.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	const known = new WeakMap<K, V>();
	return (key) => {
		if (known.has(key)) return known.get(key)!;
		const value = compute(key);
		known.set(key, value);
		return value;
	};
}
